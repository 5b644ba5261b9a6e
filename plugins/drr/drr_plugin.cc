// silkdex plugin "drr": Disaster Risk Reduction, Mitigation in Resilient Cities.
//
// Suggests the theme `drr`; facets: hazard (flood, earthquake, cyclone,
// pandemic, landslide...), sendai_priority (the Sendai Framework's four
// priorities), drr_phase (prevention, preparedness, response, recovery),
// drr_measure (early warning, evacuation, risk mapping...), drr_framework
// (Sendai Framework, Making Cities Resilient, local DRR strategy); counts
// deaths, people affected, homes, evacuees, shelters; vocabulary in en, es,
// fr, pt, zh (and ru for the main terms).
#include "silkdex/kit/plugin.h"

namespace {

using silkdex::kit::Gate;
using silkdex::kit::Vocab;

silkdex::kit::ThemeModel Build() {
  silkdex::kit::ThemeModel m("drr");

  // Cues: the theme itself.
  m.Cue("disaster risk reduction", 1.8,
        "en: disaster risk reduction, DRR, disaster reduction, disaster and risk reduction; "
        "es: reducción del riesgo de desastres, reducción de riesgos de desastres, reducción del riesgo de desastre, "
        "RRD; fr: réduction des risques de catastrophe, réduction des risques de catastrophes, RRC; "
        "pt: redução do risco de desastres, redução de riscos de desastres, RRD; "
        "zh: 减少灾害风险, 降低灾害风险, 防灾减灾, 减灾; ru: снижение риска бедствий");
  m.Cue("disaster risk management", 1.6,
        "en: disaster risk management, disaster management, risk management of disasters; "
        "es: gestión del riesgo de desastres, gestión de riesgos de desastres, gestión del riesgo; "
        "fr: gestion des risques de catastrophe, gestion des catastrophes; "
        "pt: gestão do risco de desastres, gestão de riscos de desastres, gestão de riscos; "
        "zh: 灾害风险管理, 灾害管理; ru: управление рисками бедствий");
  m.Cue("disaster risk", 1.2,
        "en: disaster risk, disaster risks; es: riesgo de desastres, riesgos de desastres; "
        "fr: risque de catastrophe, risques de catastrophe; pt: risco de desastres, riscos de desastres; zh: 灾害风险");
  m.Cue("disaster", 1.0,
        "en: disasters, natural hazards, disaster*, natural hazard*, catastrophe*; "
        "es: desastre, desastres, desastre*, catástrofe*; fr: catastrophe, catastrophes, catastrophe*; "
        "pt: desastre*, catástrofe*; zh: 灾害, 灾难, 自然灾害, ~灾后, ~受灾, ~抗灾, ~防灾; ru: бедстви*, катастроф*");
  m.Cue("resilience", 0.8,
        "en: resilience, resilient, ~resiliency; es: resiliencia, resiliente, resilientes; "
        "fr: résilience, résilient, résiliente, résilients; pt: resiliência, resiliente, resilientes; "
        "zh: 韧性, 抗灾能力, 复原力");
  m.Cue("emergency", 0.5,
        "en: emergency, emergencies, emergenc*; es: emergencia, emergencias, emergencia*; "
        "fr: urgence, urgences, urgence*; pt: emergência, emergência*; zh: 应急, 紧急情况");
  m.Signal("vulnerability", 0.6,
           "en: vulnerab*, most exposed, exposed areas; es: vulnerabilidad*, vulnerables, zonas de riesgo; "
           "fr: vulnérabilit*, vulnérables, zones exposées; pt: vulnerabilidade*, vulneráveis, áreas de risco; "
           "zh: 脆弱性, 易受灾");
  m.Cue("risk", 0.4, "en: ~risk, ~risks; es: ~riesgo, ~riesgos; fr: ~risque, ~risques; pt: ~risco, ~riscos; zh: ~风险");
  m.Cue("UNDRR", 0.6,
        "en: UNDRR, UNISDR, United Nations Office for Disaster Risk Reduction, "
        "United Nations Officer for Disaster and Risk Reduction, UN Office for Disaster Risk Reduction; "
        "es: Oficina de las Naciones Unidas para la Reducción del Riesgo de Desastres; "
        "fr: Bureau des Nations Unies pour la réduction des risques de catastrophe; "
        "pt: Escritório das Nações Unidas para a Redução do Risco de Desastres; "
        "zh: 联合国减少灾害风险办公室, 联合国减灾署");
  m.Cue("climate adaptation", 0.4,
        "en: climate adaptation, adaptation to climate change; es: adaptación al cambio climático; "
        "fr: adaptation au changement climatique; "
        "pt: adaptação às alterações climáticas, adaptação à mudança do clima; zh: 适应气候变化");

  // Frameworks and strategies.
  m.Entity("drr_framework", "Sendai Framework",
           "en: Sendai Framework, Sendai Framework for Disaster Risk Reduction; "
           "es: Marco de Sendai, Marco de Sendai para la Reducción del Riesgo de Desastres; "
           "fr: Cadre de Sendai, Cadre d'action de Sendai; pt: Quadro de Sendai, Marco de Sendai; "
           "zh: 仙台框架, 仙台减灾框架, 仙台减少灾害风险框架; ru: Сендайская рамочная программа",
           1.8, Gate::kAlways);
  m.Entity("drr_framework", "Making Cities Resilient",
           "en: Making Cities Resilient, Making Cities Resilient 2030, MCR2030; "
           "es: Desarrollando Ciudades Resilientes, desarrollar ciudades resilientes; "
           "fr: Pour des villes résilientes; pt: Construindo Cidades Resilientes; zh: 让城市更具韧性, 建设韧性城市",
           1.5, Gate::kAlways);
  m.Cue("resilient cities", 1.0,
        "en: resilient cities, resilient city, urban resilience; es: ciudades resilientes, resiliencia urbana; "
        "fr: villes résilientes, résilience urbaine; pt: cidades resilientes, resiliência urbana; "
        "zh: 韧性城市, 城市韧性");
  m.Entity("drr_framework", "local DRR strategy",
           "en: local DRR strategy, local DRR strategies, local disaster risk reduction strategy, "
           "local disaster risk reduction strategies, DRR strategy, DRR strategies, DRR action plans, "
           "national DRR strategies; "
           "es: estrategias locales de reducción del riesgo de desastres, "
           "estrategia local de reducción del riesgo de desastres; "
           "fr: stratégie locale de réduction des risques, "
           "stratégies locales de réduction des risques de catastrophe; "
           "pt: estratégias locais de redução do risco de desastres, estratégia local de redução do risco; "
           "zh: 地方减灾战略, 地方减少灾害风险战略",
           1.8, Gate::kAlways);

  // Hazards.
  m.Entity("hazard", "flood",
           "en: floods, flooding, flood*, inundation*; es: inundación, inundaciones, inundaci*, riada*; "
           "fr: inondation, inondations, inondation*; "
           "pt: inundação, inundações, inundaç*, enchente, enchentes, enchente*; zh: 洪水, 洪涝, 内涝, 水灾, 洪灾; "
           "ru: наводнени*, паводк*",
           1.0, Gate::kAlways);
  m.Entity("hazard", "earthquake",
           "en: earthquakes, earthquake*, seismic; es: terremoto, sismo, terremoto*, sismo*, sísmico*, sísmica*; "
           "fr: séisme*, tremblement de terre, tremblements de terre, sismique*, parasismique*; "
           "pt: terremoto*, sismo*, sísmico*, sísmica*; zh: 地震; ru: землетрясени*",
           1.0, Gate::kAlways);
  m.Entity("hazard", "cyclone",
           "en: cyclone*, typhoon*, hurricane*, tropical storm*; "
           "es: ciclón, ciclones, tifón, tifones, huracán, huracanes; fr: cyclone*, typhon*, ouragan*; "
           "pt: ciclone*, tufão, tufões, furacão, furacões; zh: 台风, 飓风, 气旋; ru: циклон*, тайфун*, ураган*",
           1.0, Gate::kAlways);
  m.Entity("hazard", "landslide",
           "en: landslide*, mudslide*; es: deslizamiento de tierra, deslizamientos de tierra, deslave*, derrumbe*; "
           "fr: glissement de terrain, glissements de terrain; "
           "pt: deslizamento de terra, deslizamentos de terra, deslizamentos; zh: 滑坡, 泥石流, 山体滑坡; ru: оползн*",
           1.0, Gate::kAlways);
  m.Entity("hazard", "drought",
           "en: droughts, drought*; es: sequía, sequías, sequía*; fr: sécheresse, sécheresse*; "
           "pt: estiagem, estiagem*, seca prolongada; zh: 干旱, 旱灾; ru: засух*",
           0.8, Gate::kAlways);
  m.Entity("hazard", "tsunami",
           "en: tsunami, tsunamis, tsunami*; es: maremoto, maremoto*; fr: raz de marée; pt: maremoto*; zh: 海啸; "
           "ru: цунами",
           1.0, Gate::kAlways);
  m.Entity("hazard", "wildfire",
           "en: wildfire*, forest fire*, bushfire*; es: incendio forestal, incendios forestales; "
           "fr: feux de forêt, feu de forêt, incendie de forêt, incendies de forêt; "
           "pt: incêndio florestal, incêndios florestais; zh: 森林火灾, 山火",
           1.0, Gate::kAlways);
  m.Entity("hazard", "heatwave",
           "en: heatwave*, heat wave*, extreme heat; es: ola de calor, olas de calor; "
           "fr: canicule*, vague de chaleur, vagues de chaleur; pt: onda de calor, ondas de calor; zh: 热浪, 高温热浪",
           0.6, Gate::kAlways);
  m.Entity("hazard", "storm",
           "en: storm, storms, storm surge*, windstorm*; es: tormenta, tormentas, tormenta*; "
           "fr: tempête, tempêtes, tempête*; pt: tempestade, tempestades, tempestade*; zh: 风暴, 暴风雨, 风暴潮",
           0.7, Gate::kAlways);
  m.Entity("hazard", "volcanic eruption",
           "en: volcanic eruption*, volcano*; es: erupción volcánica, volcán; fr: éruption volcanique, volcan*; "
           "pt: erupção vulcânica, vulcão; zh: 火山",
           1.0, Gate::kAlways);
  m.Entity("hazard", "extreme weather",
           "en: extreme weather, extreme events, heavy rain*, ~rainy season; "
           "es: eventos extremos, lluvias intensas, temporada de lluvias; "
           "fr: événements extrêmes, pluies diluviennes, pluies torrentielles; "
           "pt: eventos extremos, chuvas intensas; zh: 极端天气, 暴雨",
           0.5, Gate::kAlways, Vocab::kRelated);
  m.Entity("hazard", "pandemic",
           "en: epidemic, pandemic*, epidemic*; es: pandemia, epidemia, pandemia*, epidemia*; "
           "fr: pandémie, épidémie, pandémie*, épidémie*; pt: pandemia*, epidemia*; zh: 疫情, 大流行; "
           "ru: пандеми*, эпидеми*",
           0.3, Gate::kTheme);

  // The Sendai Framework's four priorities.
  m.Entity("sendai_priority", "understanding disaster risk",
           "en: understanding disaster risk, understand disaster risk, risk assessment*, knowing its risks, "
           "know its risks, risk mapping, risk maps, hazard maps, hazard mapping; "
           "es: comprender el riesgo de desastres, conocer los riesgos, evaluación del riesgo, mapas de riesgo; "
           "fr: comprendre les risques, connaître les risques, évaluation des risques, cartographie des risques, "
           "cartographié les zones exposées; "
           "pt: compreender o risco de desastres, conhecer os riscos, avaliação de riscos, mapeamento de riscos; "
           "zh: 了解灾害风险, 了解城市面临的灾害风险, 风险评估, 风险地图",
           0.8, Gate::kTheme, Vocab::kRelated);
  m.Entity("sendai_priority", "disaster risk governance",
           "en: disaster risk governance, risk governance, who coordinates in an emergency, "
           "agreeing roles in advance; es: gobernanza del riesgo, coordinar a las instituciones; "
           "fr: gouvernance des risques; pt: governança do risco, coordenar as instituições; "
           "zh: 灾害风险治理, 明确各部门职责",
           0.8, Gate::kTheme, Vocab::kRelated);
  m.Entity("sendai_priority", "investing in resilience",
           "en: investing in disaster risk reduction, invest in resilient infrastructure, resilient infrastructure, "
           "investing in resilience; es: invertir en la reducción del riesgo, infraestructura resiliente; "
           "fr: investir dans la réduction des risques, infrastructures résilientes; "
           "pt: investir na redução do risco, infraestrutura resiliente; zh: 投资于减灾, 韧性基础设施",
           0.8, Gate::kTheme, Vocab::kRelated);
  m.Entity("sendai_priority", "preparedness and build back better",
           "en: disaster preparedness, build back better, building back better; "
           "es: preparación para desastres, preparación ante desastres, reconstruir mejor; "
           "fr: préparation aux catastrophes, reconstruire en mieux; "
           "pt: preparação para desastres, reconstruir melhor; zh: 加强备灾, 备灾, 重建得更好",
           0.8, Gate::kTheme, Vocab::kRelated);

  // Phases.
  m.Entity("drr_phase", "prevention",
           "en: prevention, mitigation, disaster prevention; es: prevención, mitigación; "
           "fr: prévention, atténuation; pt: prevenção, mitigação; zh: 预防, 防灾, 减缓",
           0.3, Gate::kTheme, Vocab::kRelated);
  m.Entity("drr_phase", "preparedness",
           "en: preparedness, prepare the community, prepares a city, prepare better for the future; "
           "es: preparación, preparar a la comunidad; fr: préparation, se préparer; "
           "pt: preparação, preparar a comunidade; zh: 备灾, 防范",
           0.5, Gate::kTheme, Vocab::kRelated);
  m.Entity("drr_phase", "response",
           "en: emergency response, disaster response, ~response; es: respuesta a emergencias, ~respuesta; "
           "fr: réponse aux catastrophes, ~riposte; pt: resposta a emergências, ~resposta; zh: 应急响应, 救援",
           0);
  // "recovery" alone is everywhere (tourism recovery, economic recovery): a facet value, not a cue.
  m.Entity("drr_phase", "recovery", "en: recovery; es: recuperación; fr: relèvement; pt: recuperação; zh: 恢复", 0);
  m.Entity("drr_phase", "recovery",
           "en: reconstruction, rebuilt, rebuild*, post-disaster recovery, disaster recovery; "
           "es: reconstrucción, reconstruido*, reconstruir; fr: reconstruction, reconstruit*, reconstruire; "
           "pt: reconstrução, reconstruí*, reconstruir; zh: 灾后重建, 恢复重建, 重建",
           0.5, Gate::kTheme, Vocab::kRelated);

  // Measures.
  m.Entity("drr_measure", "early warning",
           "en: early warning*, early-warning system*; es: alerta temprana; fr: alerte précoce, alertes précoces; "
           "pt: alerta precoce, alerta antecipado; zh: 预警, 早期预警",
           1.0, Gate::kAlways);
  m.Entity("drr_measure", "evacuation",
           "en: evacuat*; es: evacuación, evacuaciones, evacuar; fr: évacuation*, évacuer; "
           "pt: evacuação, evacuações, evacuar; zh: 疏散, 撤离",
           0.8);
  m.Entity("drr_measure", "drills",
           "en: drill, drills, simulation exercise*; es: simulacro, simulacros, simulacro*; "
           "fr: exercices de simulation, ~exercices réguliers; pt: simulado, simulados, simulado*; zh: 演练, 应急演练",
           0.6);
  m.Entity("drr_measure", "building codes and retrofitting",
           "en: building code*, retrofit*, seismic standards, earthquake-resistant; "
           "es: normas sismorresistentes, sismorresistente*, reforzamiento estructural; "
           "fr: normes parasismiques, renforcé les bâtiments, renforcement des bâtiments; "
           "pt: normas antissísmicas, reforço estrutural; zh: 抗震加固, 建筑规范",
           0.8, Gate::kTheme, Vocab::kRelated);
  m.Entity("drr_measure", "contingency planning",
           "en: contingency plan*, emergency plan*, evacuation plan*; "
           "es: plan de contingencia, planes de contingencia, plan de emergencia; "
           "fr: plan de contingence, plans d'évacuation, plan d'urgence; "
           "pt: plano de contingência, planos de contingência; zh: 应急预案",
           0.8);
  m.Entity("drr_measure", "drainage",
           "en: drainage, drainage*; es: drenaje, drenaje*; fr: drainage*; pt: drenagem; zh: 排水系统, 排水", 0.4);
  m.Entity("drr_measure", "relocation from risk areas",
           "en: relocated families, relocation of families, resettlement; es: reubicación, reasentamiento; "
           "fr: relocalisation, réinstallation; pt: reassentamento, realocação; zh: 搬迁, 移民安置",
           0.5);

  // Names with the theme's words that are not about it.
  m.Block(
      "en: Center for Disease Control and Prevention, Centers for Disease Control and Prevention, "
      "Centres for Disease Control and Prevention, Centre for Disease Control, Disease Control and Prevention; "
      "es: Control y la Prevención de Enfermedades; fr: Centres pour le contrôle et la prévention des maladies; "
      "zh: 疾病预防控制中心, 疾控中心");
  m.Block("en: flood of, flooded with; es: inundado de; fr: inondé de");

  // What it counts.
  m.Countable("deaths",
              "en: deaths, fatalities, lives lost; es: muertes, fallecidos, víctimas mortales; fr: morts, décès; "
              "pt: mortes, mortos, óbitos; zh: 死亡");
  m.Countable("people affected",
              "en: people affected, affected people, affected residents; "
              "es: personas afectadas, damnificados, afectados; fr: personnes touchées, sinistrés; "
              "pt: pessoas afetadas, desalojados, desabrigados; zh: 受灾群众, 受灾人口");
  m.Countable("homes",
              "en: homes, houses, dwellings; es: viviendas, casas; fr: logements, maisons; pt: casas, moradias; "
              "zh: 房屋, 间房屋, 住房");
  m.Countable("evacuees",
              "en: evacuees, people evacuated, residents evacuated; es: evacuados; fr: évacués; pt: evacuados; "
              "zh: 转移群众");
  m.Countable("shelters",
              "en: shelters, evacuation centres, evacuation centers; es: albergues, refugios; fr: abris, refuges; "
              "pt: abrigos; zh: 避难所");

  // Vocabulary only.
  m.Synonyms("disaster risk reduction",
             "en: disaster risk mitigation, risk reduction; es: prevención de desastres; "
             "fr: prévention des catastrophes; pt: prevenção de desastres");

  m.Compile();
  return m;
}

}  // namespace

SILKDEX_KIT_PLUGIN("drr", "1.0.0", Build)

// silkdex plugin "green": Waste Management, Green City, Renewable Energy.
//
// Suggests the theme `green`; facets: waste_stream (municipal solid waste,
// organic waste, plastic waste, e-waste, construction waste, medical waste,
// wastewater), green_practice (circular economy, recycling, composting, waste
// separation, waste reduction, waste-to-energy, informal recycling, energy
// efficiency, green buildings, urban greening, tree planting),
// renewable_source (solar, wind, hydropower, biogas, biomass, geothermal),
// climate_action (low-carbon development, mitigation, adaptation); counts
// tonnes of waste, trees, solar panels, waste pickers; vocabulary in en, es,
// fr, pt, zh (and ru for the main terms).
#include "silkdex/kit/plugin.h"

namespace {

using silkdex::kit::Gate;
using silkdex::kit::Vocab;

silkdex::kit::ThemeModel Build() {
  silkdex::kit::ThemeModel m("green");

  m.Cue("waste management", 1.8,
        "en: waste management, solid waste management, waste collection, waste services, waste treatment; "
        "es: gestión de residuos, manejo de residuos, recolección de residuos, gestión de desechos, "
        "recolección de basura; fr: gestion des déchets, collecte des déchets, traitement des déchets; "
        "pt: gestão de resíduos, gestão dos resíduos, coleta de lixo, recolha de resíduos, tratamento de resíduos; "
        "zh: 垃圾管理, 废物管理, 垃圾收集, 固体废物管理, 垃圾处理; ru: обращение с отходами");
  m.Cue("waste", 1.2,
        "en: waste, wastes, garbage, trash, rubbish, litter; es: residuos, desechos, basura; fr: déchets, ordures; "
        "pt: resíduos, lixo; zh: 垃圾, 废物, 废弃物; ru: отходы, отходов");
  m.Cue("renewable energy", 1.8,
        "en: renewable energy, renewables, renewable energies, clean energy, green energy, renewable sources; "
        "es: energías renovables, energía renovable, energías limpias, energía limpia; "
        "fr: énergies renouvelables, énergie renouvelable, énergie propre; "
        "pt: energias renováveis, energia renovável, energia limpa; zh: 可再生能源, 清洁能源, 新能源; "
        "ru: возобновляемая энергетика, возобновляемые источники энергии");
  m.Cue("green city", 1.6,
        "en: green city, green cities, eco-city, eco-cities, greener city; es: ciudad verde, ciudades verdes; "
        "fr: ville verte, villes vertes, écoquartier*; pt: cidade verde, cidades verdes; "
        "zh: 绿色城市, 生态城市, 花园城市");
  m.Cue("climate action", 1.5,
        "en: climate action, climate goals; es: acción climática, acción por el clima; "
        "fr: action climatique, action pour le climat; pt: ação climática; zh: 气候行动, 应对气候变化");
  m.Cue("climate change", 1.5,
        "en: climate change, global warming, climate crisis; es: cambio climático; fr: changement climatique; "
        "pt: alterações climáticas, mudança do clima, mudanças climáticas, mudança climática; zh: 气候变化; "
        "ru: изменение климата, изменения климата");
  m.Cue("emissions", 1.0,
        "en: emission*, greenhouse gas*, GHG, carbon footprint, decarboni*; "
        "es: emisiones, gases de efecto invernadero, huella de carbono, descarboniza*; "
        "fr: émissions, gaz à effet de serre, empreinte carbone, décarbon*; "
        "pt: emissões, gases de efeito estufa, pegada de carbono, descarboniza*; zh: 排放, 温室气体, 碳排放, 碳足迹");
  m.Cue("energy", 0.5,
        "en: energy, electricity, power supply; es: energía, electricidad; fr: énergie, électricité; "
        "pt: energia, eletricidade; zh: 能源, 电力");
  m.Signal("environment", 0.4,
           "en: pollut*, environmental*; es: contamina*, ambiental*, medio ambiente; fr: pollu*, environnement*; "
           "pt: polui*, ambienta*, meio ambiente; zh: 污染, 环境, 生态环境");
  m.Cue("landfill", 1.0,
        "en: landfill*, dumpsite*, dump sites, open dumping; "
        "es: relleno sanitario, rellenos sanitarios, vertedero*, botadero*; fr: décharge*, enfouissement; "
        "pt: aterro sanitário, aterros sanitários, aterro*, lixão, lixões; zh: 填埋, 垃圾填埋场");
  m.Cue("sanitation", 0.5, "en: sanitation; es: saneamiento; fr: assainissement; pt: saneamento; zh: 环卫");
  m.Cue("trees", 0.6, "en: trees; es: árboles; fr: arbres; pt: árvores; zh: 树木");
  m.Signal("Waste Management, Green City, Renewable Energy", 0.9,
           "en: Waste Management Green City Renewable Energy, waste management green city and renewable energy; "
           "es: gestión de residuos ciudad verde y energías renovables; "
           "pt: gestão de resíduos a cidade verde e as energias renováveis, "
           "gestão de resíduos cidade verde e energias renováveis; zh: 废物管理、绿色城市、可再生能源");

  // Practices.
  m.Entity("green_practice", "circular economy",
           "en: circular economy, circularity; es: economía circular; fr: économie circulaire; "
           "pt: economia circular; zh: 循环经济; ru: экономика замкнутого цикла",
           1.8, Gate::kAlways);
  m.Entity("green_practice", "recycling",
           "en: recycl*, reuse, reusing, resource recovery, material recovery; es: reciclaje, recicl*, reutiliza*; "
           "fr: recyclage, recycl*, réutilis*, ~valorisation; pt: reciclagem, recicl*, reutiliza*, reaproveitamento; "
           "zh: 回收, 资源回收, 再利用, 循环利用, 再生资源",
           1.3, Gate::kAlways);
  m.Entity("green_practice", "composting",
           "en: composting, compost*; es: compostaje, compost*, abono orgánico; fr: compostage, compost*; "
           "pt: compostagem, compost*; zh: 堆肥, 沤肥",
           1.3, Gate::kAlways);
  m.Entity("green_practice", "waste separation",
           "en: waste separation, waste segregation, segregation at source, source separation, "
           "separating it at home, sorting of waste, waste sorting; "
           "es: separación de residuos, separación en la fuente, clasificación de residuos; "
           "fr: tri des déchets, tri sélectif, tri à la source; "
           "pt: separação de resíduos, separação do lixo, coleta seletiva, recolha seletiva; zh: 垃圾分类, 分类回收",
           1.5, Gate::kAlways);
  m.Entity("green_practice", "waste reduction",
           "en: waste reduction, reduce waste, reducing waste, zero waste, reducing it at source; "
           "es: reducción de residuos, basura cero, cero residuos; fr: réduction des déchets, zéro déchet; "
           "pt: redução de resíduos, lixo zero, resíduo zero; zh: 垃圾减量, 减量化, 无废城市",
           1.3, Gate::kAlways);
  m.Entity("green_practice", "waste-to-energy",
           "en: waste-to-energy, energy recovery, incineration; "
           "es: valorización energética, aprovechamiento energético de residuos; "
           "fr: valorisation énergétique, incinération; "
           "pt: valorização energética, aproveitamento energético, incineração; zh: 垃圾焚烧发电, 垃圾发电, 焚烧",
           1.3, Gate::kAlways);
  m.Entity("green_practice", "informal recycling",
           "en: waste pickers, informal recyclers, informal waste pickers; "
           "es: recicladores, recicladores de base, pepenadores; fr: récupérateurs, chiffonniers; "
           "pt: catadores, catadores de materiais recicláveis; zh: 拾荒者",
           1.3, Gate::kAlways);
  m.Entity("green_practice", "energy efficiency",
           "en: energy efficiency, energy-efficient, energy efficient, energy saving*, LED street lighting; "
           "es: eficiencia energética, ahorro de energía, ahorro energético; "
           "fr: efficacité énergétique, économies d'énergie; pt: eficiência energética, poupança de energia; "
           "zh: 节能, 能效, 能源效率, 建筑能效",
           1.3, Gate::kAlways);
  m.Entity("green_practice", "green buildings",
           "en: green building*, green roof*; es: edificios verdes, techos verdes, construcción sostenible; "
           "fr: bâtiments verts, toits végétalisés; pt: edifícios verdes, telhados verdes; zh: 绿色建筑, 屋顶绿化",
           1.3, Gate::kAlways);
  m.Entity("green_practice", "urban greening",
           "en: green space*, urban greening, urban forest*, green corridors, green areas; "
           "es: espacios verdes, áreas verdes, corredores verdes, arbolado urbano; "
           "fr: espaces verts, trames vertes, végétalisation; "
           "pt: espaços verdes, áreas verdes, corredores verdes, arborização; zh: 绿地, 城市绿化, 绿色空间",
           1.2, Gate::kAlways);
  m.Entity("green_practice", "tree planting",
           "en: tree planting, planting trees, planted trees, reforestation, afforestation; "
           "es: plantación de árboles, reforestación; fr: plantation d'arbres, reboisement, reforestation; "
           "pt: plantio de árvores, reflorestamento; zh: 植树, 植树造林, 造林",
           1.3, Gate::kAlways);

  // Renewable sources.
  m.Entity("renewable_source", "solar",
           "en: solar, solar panels, solar power, photovoltaic*, PV, rooftop solar; "
           "es: energía solar, paneles solares, fotovoltaic*, solar, solares; "
           "fr: solaire*, panneaux solaires, photovoltaïque*; pt: energia solar, painéis solares, fotovoltaic*; "
           "zh: 太阳能, 光伏",
           1.3, Gate::kAlways);
  m.Entity("renewable_source", "wind",
           "en: wind power, wind energy, wind farm*, wind turbine*; es: energía eólica, eólic*, parques eólicos; "
           "fr: éolien*, énergie éolienne; pt: energia eólica, eólic*; zh: 风电, 风能, 风力发电",
           1.3, Gate::kAlways);
  m.Entity("renewable_source", "hydropower",
           "en: hydropower, hydroelectric*, hydro power; "
           "es: energía hidroeléctrica, hidroeléctric*, energía hidráulica; fr: hydroélectricité, hydroélectri*; "
           "pt: energia hidrelétrica, hidrelétric*, hidroelétric*; zh: 水电, 水力发电",
           1.3, Gate::kAlways);
  m.Entity("renewable_source", "biogas",
           "en: biogas, biomethane, anaerobic digestion; es: biogás; fr: biogaz, méthanisation; "
           "pt: biogás, biodigest*; zh: 沼气, 生物燃气",
           1.3, Gate::kAlways);
  m.Entity("renewable_source", "biomass",
           "en: biomass, bioenergy; es: biomasa, bioenergía; fr: biomasse; pt: biomassa; zh: 生物质", 1.3,
           Gate::kAlways);
  m.Entity("renewable_source", "geothermal",
           "en: geothermal energy, geotherm*; es: energía geotérmica, geotérmic*; fr: géothermie, géotherm*; "
           "pt: energia geotérmica, geotérmic*; zh: 地热",
           1.3, Gate::kAlways);

  // Waste streams.
  m.Entity("waste_stream", "municipal solid waste",
           "en: solid waste, municipal waste, household waste, domestic waste; "
           "es: residuos sólidos, residuos domiciliarios, residuos sólidos urbanos; "
           "fr: déchets ménagers, déchets solides, ordures ménagères; "
           "pt: resíduos sólidos, resíduos domésticos, resíduos sólidos urbanos, lixo doméstico; "
           "zh: 生活垃圾, 固体废物",
           1.4, Gate::kAlways);
  m.Entity("waste_stream", "organic waste",
           "en: organic waste, food waste, kitchen waste, biowaste, green waste; "
           "es: residuos orgánicos, desechos orgánicos, residuos de alimentos; "
           "fr: déchets organiques, biodéchets, déchets alimentaires; pt: resíduos orgânicos, lixo orgânico; "
           "zh: 厨余垃圾, 有机垃圾, 餐厨垃圾, 湿垃圾",
           1.4, Gate::kAlways);
  m.Entity("waste_stream", "plastic waste",
           "en: plastic waste, plastics, plastic bags, plastic pollution; "
           "es: residuos plásticos, plásticos, bolsas de plástico; "
           "fr: déchets plastiques, plastiques, sacs plastiques; "
           "pt: resíduos plásticos, plásticos, sacolas plásticas; zh: 塑料垃圾, 塑料袋, 白色污染, 塑料",
           1.4, Gate::kAlways);
  m.Entity("waste_stream", "e-waste",
           "en: e-waste, electronic waste, WEEE; es: residuos electrónicos, basura electrónica; "
           "fr: déchets électroniques, DEEE; pt: lixo eletrônico, resíduos eletrônicos; zh: 电子垃圾, 电子废物",
           1.4, Gate::kAlways);
  m.Entity("waste_stream", "construction waste",
           "en: construction waste, construction and demolition waste, demolition waste; "
           "es: residuos de construcción, escombros; fr: déchets de construction, gravats; "
           "pt: resíduos de construção, entulho; zh: 建筑垃圾",
           1.4, Gate::kAlways);
  m.Entity("waste_stream", "medical waste",
           "en: medical waste, healthcare waste, clinical waste, hospital waste; "
           "es: residuos hospitalarios, residuos médicos, residuos sanitarios; "
           "fr: déchets médicaux, déchets hospitaliers, déchets d'activités de soins; "
           "pt: resíduos hospitalares, resíduos de serviços de saúde, lixo hospitalar; zh: 医疗废物, 医疗垃圾",
           1.4, Gate::kAlways);
  m.Entity("waste_stream", "wastewater",
           "en: wastewater, sewage; es: aguas residuales; fr: eaux usées; pt: águas residuais, esgoto*; "
           "zh: 污水, 废水",
           1.2, Gate::kAlways);

  // Climate action.
  m.Entity("climate_action", "low-carbon development",
           "en: low-carbon, low carbon, carbon neutral*, net zero, net-zero, carbon neutrality, lower emissions; "
           "es: bajo en carbono, bajas emisiones de carbono, carbono neutral*, neutralidad de carbono; "
           "fr: bas carbone, neutralité carbone; pt: baixo carbono, neutralidade de carbono, neutralidade carbónica; "
           "zh: 低碳, 碳中和, 碳达峰, 零碳, 低碳发展, 低碳转型",
           1.3, Gate::kAlways);
  m.Entity("climate_action", "mitigation",
           "en: climate mitigation, mitigation, emission reduction*, emissions reduction*, reducing emissions, "
           "reduce emissions, cutting emissions; es: mitigación, reducción de emisiones, reducir las emisiones; "
           "fr: atténuation, réduction des émissions; "
           "pt: mitigação, redução das emissões, redução de emissões, reduzir as emissões; "
           "zh: 减排, 减缓气候变化, 减少排放",
           0.8, Gate::kTheme, Vocab::kRelated);
  m.Entity("climate_action", "adaptation",
           "en: climate adaptation, adaptation to climate change, heat island*, urban heat; "
           "es: adaptación al cambio climático, islas de calor, isla de calor; "
           "fr: adaptation au changement climatique, îlots de chaleur; "
           "pt: adaptação às alterações climáticas, adaptação à mudança do clima, ilhas de calor; "
           "zh: 适应气候变化, 热岛",
           1.0, Gate::kAlways, Vocab::kRelated);

  // Names and phrases with the theme's words that are not about it.
  m.Block("en: waste of time, a waste of, waste of resources, wasted time; es: pérdida de tiempo; pt: perda de tempo");
  m.Block("en: solar system, solar eclipse; es: sistema solar; pt: sistema solar; fr: système solaire");

  // What it counts.
  m.Countable("tonnes of waste",
              "en: tonnes of waste, tons of waste, tonnes of garbage, tonnes of solid waste, tonnes of plastic; "
              "es: toneladas de residuos, toneladas de basura; fr: tonnes de déchets; "
              "pt: toneladas de resíduos, toneladas de lixo; zh: 吨垃圾");
  m.Countable("trees", "en: trees; es: árboles; fr: arbres; pt: árvores; zh: 树, 树木");
  m.Countable("solar panels",
              "en: solar panels; es: paneles solares; fr: panneaux solaires; pt: painéis solares; zh: 太阳能板");
  m.Countable("waste pickers", "en: waste pickers; es: recicladores; fr: récupérateurs; pt: catadores; zh: 拾荒者");

  // Vocabulary only.
  m.Synonyms("waste management",
             "en: solid waste management; es: manejo de residuos sólidos; fr: gestion des ordures; pt: gestão do lixo");
  m.Synonyms("green city",
             "en: sustainable city; es: ciudad sostenible; fr: ville durable; pt: cidade sustentável; zh: 可持续城市");

  m.Compile();
  return m;
}

}  // namespace

SILKDEX_KIT_PLUGIN("green", "1.0.0", Build)

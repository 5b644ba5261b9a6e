// silkdex plugin "health": COVID-19 Response and Recovery, Public Health.
//
// Suggests the theme `health`; facets: health_measure (reopening, testing,
// contact tracing, masks, distancing, hand hygiene, quarantine, lockdown,
// vaccination, fever clinics, telemedicine...), medical_supply (masks, PPE,
// protective suits, respirators, test kits, gloves...), disease (COVID-19,
// dengue, malaria...); counts masks, PPE, suits, respirators, test kits,
// health workers, patients, cases, vaccine doses, hospital beds; vocabulary in
// en, es, fr, pt, zh (and ru for the main terms).
#include "silkdex/kit/plugin.h"

namespace {

using silkdex::kit::Gate;
using silkdex::kit::Vocab;

silkdex::kit::ThemeModel Build() {
  silkdex::kit::ThemeModel m("health");

  m.Cue("public health", 1.5,
        "en: public health; es: salud pública; fr: santé publique; pt: saúde pública; zh: 公共卫生; "
        "ru: общественное здоровье");
  m.Signal("health system", 1.5,
           "en: health authorities, health authority, health system, health systems, health care, healthcare, "
           "health services, Ministry of Health, health ministry; "
           "es: sistema de salud, sistemas de salud, atención sanitaria, autoridades sanitarias, "
           "Ministerio de Salud; "
           "fr: système de santé, systèmes de santé, autorités sanitaires, ministère de la Santé; "
           "pt: sistema de saúde, autoridades de saúde, autoridades sanitárias, Ministério da Saúde; "
           "zh: 卫生系统, 卫生部门, 卫生部, 医疗卫生, 卫生健康; ru: здравоохранение");
  m.Cue("health", 0.7, "en: health; es: salud; fr: santé; pt: saúde; zh: 卫生, 健康; ru: здоровье");
  m.Signal("COVID-19 response", 1.2,
           "en: COVID-19 response, COVID-19 responses, responding to COVID-19, respond to COVID-19, "
           "response to COVID-19, responses to COVID-19, fight against COVID-19, combating COVID-19, "
           "combatting COVID-19, curb COVID-19, curb the spread, contain the virus, COVID-19 needs, "
           "pandemic response; "
           "es: respuesta a la COVID-19, respuesta a la pandemia, lucha contra la COVID-19, "
           "necesidades frente a la COVID-19; "
           "fr: riposte à la COVID-19, lutte contre la COVID-19, réponse à la COVID-19, riposte à la pandémie; "
           "pt: resposta à COVID-19, combate à COVID-19, resposta à pandemia, contra a COVID-19; "
           "zh: 抗疫, 疫情防控, 防控疫情, 应对新冠肺炎疫情, 应对疫情, 抗击疫情, 新冠肺炎需求; ru: борьба с COVID-19");
  m.Cue("pandemic", 0.4,
        "en: pandemic, epidemic, pandemic*, epidemic*, outbreak*; "
        "es: pandemia, epidemia, pandemia*, epidemia*, brote*; fr: pandémie, épidémie, pandémie*, épidémie*; "
        "pt: pandemia*, epidemia*, surto*; zh: 疫情, 大流行, 流行病, 疫情期间; ru: пандеми*, эпидеми*");
  m.Signal("infection", 1.0,
           "en: infection*, infectious disease*, infected, virus, viruses, transmission, contagion; "
           "es: infección, infecciones, contagio*, enfermedad infecciosa, enfermedades infecciosas, virus; "
           "fr: infection*, contagion*, maladie infectieuse, maladies infectieuses, virus; "
           "pt: infecção, infecções, contágio*, doença infecciosa, doenças infecciosas, vírus; "
           "zh: 感染, 传染病, 病毒, 传染; ru: инфекци*, вирус*");
  m.Signal("hospital", 1.0,
           "en: hospital*, clinic, clinics, health centre*, health center*, medical centre*; "
           "es: hospital*, clínica*, centro de salud, centros de salud; "
           "fr: hôpital, hôpitaux, hospitali*, clinique*, centre de santé, centres de santé; "
           "pt: hospita*, clínica*, centro de saúde, centros de saúde, posto de saúde; "
           "zh: 医院, 诊所, 卫生院, 卫生中心; ru: больниц*");
  m.Signal("medical", 1.0,
           "en: medical, medicine*, clinical; es: médico*, médica*, sanitari*, clínico*; "
           "fr: médical, médicale*, médicaux, sanitaire*, clinique*; pt: médico*, médica*, sanitári*, clínico*; "
           "zh: 医疗, 医用, 医学, 临床; ru: медицинск*");
  m.Signal("health workers", 1.2,
           "en: health workers, healthcare workers, health professionals, health-care professionals, medical staff, "
           "doctors, nurses, medical experts, epidemiologist*, clinicians, front-line clinicians; "
           "es: trabajadores de la salud, personal sanitario, profesionales de la salud, médicos, enfermeras, "
           "enfermeros; "
           "fr: personnel soignant, soignants, professionnels de santé, médecins, infirmier*, équipes médicales; "
           "pt: profissionais de saúde, trabalhadores da saúde, médicos, enfermeiros, enfermeiras; "
           "zh: 医护人员, 医务人员, 医生, 护士, 卫生专业人员; ru: медицинские работники, врачи");
  m.Cue("patients", 1.0,
        "en: patient, patients; es: paciente, pacientes, paciente*, ~enfermo*; "
        "fr: patient, patients, malades, ~malade*; pt: paciente*, doentes, ~doente*; zh: 病人, 患者, 病例; "
        "ru: пациент*");
  m.Signal("symptoms", 0.8,
           "en: symptom*, fever, respiratory; es: síntoma*, fiebre, respiratori*; "
           "fr: symptôme*, fièvre, respiratoire*; pt: sintoma*, febre, respiratóri*; zh: 症状, 发热, 发烧, 呼吸道");
  m.Cue("healthy cities", 1.2,
        "en: healthy cities, healthy city; es: ciudades saludables, ciudad saludable; "
        "fr: villes-santé, villes en santé, villes saines; pt: cidades saudáveis, cidade saudável; zh: 健康城市");
  m.Signal("health organizations", 0.5,
           "en: PAHO, PAHO/WHO, World Health Organization, Pan American Health Organization, "
           "West African Health Organization, WAHO, Africa CDC, China CDC, "
           "Chinese Center for Disease Control and Prevention, Centers for Disease Control, "
           "Centres for Disease Control and Prevention, Africa Centre for Disease Control, WHOCC, Alibaba Health; "
           "es: Organización Panamericana de la Salud, OPS/OMS, OPS, OMS, Organización Mundial de la Salud; "
           "fr: OMS, Organisation mondiale de la santé, OOAS, Organisation ouest-africaine de la santé; "
           "pt: OMS, OPAS, Organização Mundial da Saúde, Organização Pan-Americana da Saúde; "
           "zh: 世界卫生组织, 世卫组织, 疾控中心, 疾病预防控制中心, 中国疾控中心, 非洲疾控中心, 阿里健康");
  m.Signal("COVID-19 Response and Recovery, Public Health", 0.9,
           "en: COVID-19 Response and Recovery and Public Health, COVID-19 response and recovery, "
           "COVID-19 Response and Recovery Public Health; es: respuesta y recuperación ante la COVID-19; "
           "pt: resposta e recuperação da COVID-19; zh: 新冠肺炎应对与恢复");

  // Diseases.
  m.Entity("disease", "COVID-19",
           "en: COVID-19, COVID 19, COVID, coronavirus, SARS-CoV-2, novel coronavirus; es: COVID-19, coronavirus; "
           "fr: COVID-19, coronavirus; pt: COVID-19, coronavírus; zh: 新冠肺炎, 新冠, 新型冠状病毒, 新冠病毒; "
           "ru: коронавирус*",
           0.3);
  m.Entity("disease", "dengue", "en: dengue; es: dengue; fr: dengue; pt: dengue; zh: 登革热", 1.2, Gate::kAlways);
  m.Entity("disease", "malaria", "en: malaria; es: malaria, paludismo; fr: paludisme, malaria; pt: malária; zh: 疟疾",
           1.2, Gate::kAlways);
  m.Entity("disease", "HIV/AIDS", "en: HIV, HIV/AIDS; es: VIH, sida; fr: VIH, sida; pt: HIV/aids; zh: 艾滋病", 1.2,
           Gate::kAlways);
  m.Entity("disease", "tuberculosis",
           "en: tuberculosis, TB; es: tuberculosis; fr: tuberculose; pt: tuberculose; zh: 结核病", 1.2, Gate::kAlways);
  m.Entity("disease", "Ebola", "en: Ebola; es: ébola; fr: Ebola; pt: ebola; zh: 埃博拉", 1.2, Gate::kAlways);
  m.Entity("disease", "cholera", "en: cholera; es: cólera; fr: choléra; pt: cólera; zh: 霍乱", 1.2, Gate::kAlways);

  // Measures.
  m.Entity("health_measure", "public health measures",
           "en: public health measures, public health and social measures, health measures; "
           "es: medidas de salud pública, medidas sanitarias; fr: mesures de santé publique, mesures sanitaires; "
           "pt: medidas de saúde pública, medidas sanitárias; zh: 公共卫生措施, 防控措施",
           1.5, Gate::kAlways);
  m.Entity("health_measure", "reopening",
           "en: reopening, reopen, reopened, reopens, easing of restrictions, ease a measure, "
           "resumption of activities; es: reapertura, reactivación gradual, reabrir; "
           "fr: réouverture, déconfinement, reprise des activités; pt: reabertura, reabrir, retomada das atividades; "
           "zh: 复工复产, 复工, 重新开放, 复课",
           0.6);
  m.Entity("health_measure", "testing",
           "en: testing, ~tests, ~tested, PCR, mass testing, PCR tests; "
           "es: pruebas diagnósticas, pruebas PCR, ~pruebas, PCR; fr: dépistage, dépistage*, ~tests, PCR; "
           "pt: testagem, ~testes, PCR; zh: 核酸检测, 核酸, ~检测; ru: тестирование",
           0.6);
  m.Entity("health_measure", "contact tracing",
           "en: contact tracing, trace contacts, tracing of contacts; es: rastreo de contactos; "
           "fr: traçage des contacts, recherche des contacts; pt: rastreamento de contatos, rastreio de contactos; "
           "zh: 流行病学调查, 流调, 密接追踪, 追踪密切接触者",
           1.2, Gate::kAlways);
  m.Entity("health_measure", "isolation and quarantine",
           "en: quarantine*, isolation, isolate, self-isolation; es: cuarentena*, aislamiento; "
           "fr: quarantaine*, isolement; pt: quarentena*, isolamento; zh: 隔离; ru: карантин*",
           1.0);
  m.Entity("health_measure", "lockdown",
           "en: lockdowns, lockdown*, stay-at-home order*; es: confinamiento, confinamiento*; "
           "fr: confinement, confinement*; pt: confinamento, confinamento*, lockdown; zh: 封城, 封控, 居家隔离",
           0.8, Gate::kAlways);
  m.Entity("health_measure", "mask wearing",
           "en: mask wearing, wearing masks, wearing of masks, use of masks, face coverings; "
           "es: uso de mascarillas, uso de tapabocas, uso de cubrebocas; fr: port du masque, port de masques; "
           "pt: uso de máscaras, uso de máscara; zh: 戴口罩, 佩戴口罩",
           1.2, Gate::kAlways);
  m.Entity("health_measure", "physical distancing",
           "en: social distancing, physical distancing, keep their distance, keep a distance; "
           "es: distanciamiento social, distanciamiento físico, distancia social; "
           "fr: distanciation sociale, distanciation physique; pt: distanciamento social, distanciamento físico; "
           "zh: 社交距离, 保持距离, 保持社交距离",
           1.2, Gate::kAlways);
  m.Entity("health_measure", "hand hygiene",
           "en: hand washing, hand-washing, handwashing, hand hygiene, hand sanitizer*; "
           "es: lavado de manos, higiene de manos; fr: lavage des mains, hygiène des mains; "
           "pt: lavagem das mãos, higiene das mãos, lavagem de mãos; zh: 洗手, 手部卫生",
           1.2, Gate::kAlways);
  m.Entity("health_measure", "fever clinics",
           "en: fever clinic*; es: clínicas de fiebre, clínica de fiebre; fr: cliniques de la fièvre; "
           "pt: clínicas de febre; zh: 发热门诊",
           1.2, Gate::kAlways);
  m.Entity("health_measure", "health protocols",
           "en: health protocols, health and safety protocols, biosecurity, sanitary protocols; "
           "es: protocolos de bioseguridad, bioseguridad, protocolos sanitarios; fr: protocoles sanitaires; "
           "pt: protocolos de saúde, protocolos sanitários, biossegurança; zh: 防疫措施, 防疫规定",
           0.8);
  m.Entity("health_measure", "vaccination",
           "en: vaccines, vaccin*, immunization, immunisation; es: vacunación, vacunas, vacuna*; "
           "fr: vaccin, vaccins, vaccin*; pt: vacinação, vacinas, vacina*; zh: 疫苗, 接种; ru: вакцин*",
           1.2, Gate::kAlways);
  m.Entity("health_measure", "telemedicine",
           "en: telemedicine, telehealth, online consultation*; es: telemedicina; fr: télémédecine; "
           "pt: telemedicina; zh: 远程医疗, 互联网医院, 在线问诊",
           1.2, Gate::kAlways);
  m.Entity("health_measure", "clinical care",
           "en: clinical experience, intensive care, treating patients, treat patients, treating COVID-19, "
           "case management; es: cuidados intensivos, tratamiento de pacientes, atención de pacientes; "
           "fr: soins intensifs, prise en charge des patients, prise en charge d'un afflux de blessés; "
           "pt: cuidados intensivos, tratamento de doentes, tratamento de pacientes; zh: 救治, 重症, 治疗",
           1.0, Gate::kTheme, Vocab::kRelated);
  m.Entity("health_measure", "risk communication",
           "en: risk communication, health messages, public health messages, health communication; "
           "es: comunicación de riesgos; fr: communication sur les risques; pt: comunicação de risco; "
           "zh: 健康宣传, 风险沟通",
           0.8);

  // Supplies.
  m.Entity("medical_supply", "masks",
           "en: mask, masks, face masks, face mask*, surgical masks, surgical mask*, N95, KN95; "
           "es: mascarilla, mascarillas, cubrebocas, tapabocas, mascarilla*, tapaboca*, cubreboca*, barbijo*; "
           "fr: masque, masques; pt: máscara, máscaras; zh: 口罩, 外科口罩, 医用口罩; ru: маск*",
           1.5, Gate::kAlways);
  m.Entity("medical_supply", "personal protective equipment",
           "en: personal protective equipment, PPE, PPEs, protective equipment, protective gear; "
           "es: equipo de protección personal, equipos de protección personal, EPP; "
           "fr: équipement de protection individuelle, équipements de protection individuelle, EPI; "
           "pt: equipamento de proteção individual, equipamentos de proteção individual, EPI, EPIs; "
           "zh: 个人防护装备, 防护物资, 防护用品, 防护装备; ru: средства индивидуальной защиты, СИЗ",
           1.5, Gate::kAlways);
  m.Entity("medical_supply", "protective suits",
           "en: protective suit*, protective clothing, medical gowns, coveralls; "
           "es: trajes de protección, batas médicas; fr: combinaisons de protection, blouses médicales; "
           "pt: macacões de proteção, aventais; zh: 防护服",
           1.2, Gate::kAlways);
  m.Entity("medical_supply", "respirators",
           "en: respirator*, ventilator*; es: respiradores, ventiladores mecánicos; "
           "fr: respirateurs, ventilateurs médicaux; pt: respiradores, ventiladores pulmonares; zh: 呼吸机",
           1.2, Gate::kAlways);
  m.Entity("medical_supply", "test kits",
           "en: test kit*, testing kits, diagnostic kits, reagents; es: kits de prueba, pruebas rápidas, reactivos; "
           "fr: kits de dépistage, tests rapides, réactifs; pt: kits de teste, testes rápidos, reagentes; "
           "zh: 检测试剂盒, 试剂盒, 试剂",
           1.2, Gate::kAlways);
  m.Entity("medical_supply", "gloves", "en: gloves; es: guantes; fr: gants; pt: luvas; zh: 手套", 0.8);
  m.Entity("medical_supply", "face shields",
           "en: face shield*, goggles; es: caretas, protectores faciales, gafas protectoras; "
           "fr: visières, lunettes de protection; pt: viseiras, óculos de proteção; zh: 面罩, 护目镜",
           1.0, Gate::kAlways);
  m.Entity("medical_supply", "medical supplies",
           "en: medical supplies, medical equipment, medical materials, medical devices; "
           "es: suministros médicos, equipos médicos, insumos médicos, material médico; "
           "fr: matériel médical, fournitures médicales, équipements médicaux; "
           "pt: suprimentos médicos, equipamentos médicos, insumos médicos, material médico; "
           "zh: 医疗物资, 医疗设备, 医疗器械, 防疫物资",
           1.5, Gate::kAlways);
  m.Entity("medical_supply", "disinfectant",
           "en: disinfectant*, sanitizer*; es: desinfectante*, gel hidroalcohólico; "
           "fr: désinfectant*, gel hydroalcoolique; pt: desinfetante*, álcool em gel; zh: 消毒液, 消毒剂, 洗手液",
           1.0, Gate::kAlways);

  // Names with the theme's words that are not about it.
  m.Block("en: health and safety in the workplace; es: salud financiera; fr: santé financière; pt: saúde financeira");

  // What it counts.
  m.Countable("masks",
              "en: mask*, face masks, surgical masks; es: mascarilla*, tapabocas, cubrebocas; fr: masque*; "
              "pt: máscara*; zh: 口罩; ru: маск*");
  m.Countable("personal protective equipment",
              "en: PPE, PPE kits, sets of PPE, pieces of PPE; es: equipos de protección; "
              "fr: équipements de protection; pt: equipamentos de proteção; zh: 防护物资");
  m.Countable("protective suits",
              "en: protective suits, medical protective suits; es: trajes de protección; "
              "fr: combinaisons de protection; pt: macacões de proteção; zh: 防护服");
  m.Countable("respirators",
              "en: respirators, non-intrusive respirators, ventilators; es: respiradores; fr: respirateurs; "
              "pt: respiradores; zh: 呼吸机");
  m.Countable("test kits",
              "en: test kits, testing kits, tests; es: pruebas, kits de prueba; fr: tests, kits de dépistage; "
              "pt: testes, kits de teste; zh: 试剂盒");
  m.Countable("gloves", "en: gloves, pairs of gloves; es: guantes; fr: gants; pt: luvas; zh: 手套");
  m.Countable("health workers",
              "en: health professionals, health workers, healthcare workers, medical experts, doctors, nurses, "
              "public health professionals; es: profesionales de la salud, trabajadores de la salud, médicos; "
              "fr: professionnels de santé, soignants, médecins; pt: profissionais de saúde, médicos; "
              "zh: 医护人员, 医生, 医疗专家, 医务人员, 卫生专业人员, 医学专家");
  m.Countable("patients", "en: patients; es: pacientes; fr: patients; pt: pacientes, doentes; zh: 病人, 患者");
  m.Countable("cases",
              "en: cases, confirmed cases, infections; es: casos, contagios; fr: cas; pt: casos; "
              "zh: 病例, 确诊病例, 例");
  m.Countable("vaccine doses", "en: doses, vaccine doses; es: dosis; fr: doses; pt: doses; zh: 剂疫苗, 剂");
  m.Countable("hospital beds", "en: beds, hospital beds; es: camas; fr: lits; pt: leitos; zh: 床位");

  // Vocabulary only.
  m.Synonyms("COVID-19", "en: coronavirus disease; es: enfermedad por coronavirus; zh: 新型冠状病毒肺炎");

  m.Compile();
  return m;
}

}  // namespace

SILKDEX_KIT_PLUGIN("health", "1.0.0", Build)

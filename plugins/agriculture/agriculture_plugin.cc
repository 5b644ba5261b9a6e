// silkdex plugin "agriculture": Sustainable Agriculture Value Chain Development.
//
// Suggests the theme `agriculture`; facets: crop_product (rice, maize,
// vegetables, fruit, tea, coffee, dairy, grain...), value_chain_stage
// (production, harvesting, storage, processing, packaging and grading,
// transport and logistics, marketing and sales), producer (smallholders,
// family farmers, cooperatives, women farmers), agri_topic (food security,
// cold chain, post-harvest losses, traceability, quality standards, rural
// e-commerce, school feeding, public food procurement); counts farmers,
// cooperatives, households; vocabulary in en, es, fr, pt, zh.
#include "silkdex/kit/plugin.h"

namespace {

using silkdex::kit::Gate;
using silkdex::kit::Vocab;

silkdex::kit::ThemeModel Build() {
  silkdex::kit::ThemeModel m("agriculture");

  m.Cue("agriculture", 1.5,
        "en: agricultur*, agri-food, agrifood, farming, agronom*; "
        "es: agricultura, agrícola*, agropecuari*, agroalimentari*; fr: agricultur*, agricole*, agroalimentaire*; "
        "pt: agricultura, agrícola*, agropecuári*, agroalimentar*; zh: 农业, 农产品, 涉农, 农业生产; "
        "ru: сельское хозяйство, сельского хозяйства");
  m.Cue("agricultural value chain", 2.0,
        "en: agricultural value chain*, agriculture value chain*, agri-food value chain*, food value chain*; "
        "es: cadena de valor agrícola, cadenas de valor agrícolas, cadenas de valor agroalimentarias; "
        "fr: chaîne de valeur agricole, chaînes de valeur agricoles; "
        "pt: cadeia de valor agrícola, cadeias de valor agrícolas; zh: 农业价值链, 农产品价值链");
  m.Cue("value chain", 1.0,
        "en: value chain*, supply chain*; es: cadena de valor, cadenas de valor, ~cadena de suministro; "
        "fr: chaîne de valeur, chaînes de valeur, ~chaîne d'approvisionnement; "
        "pt: cadeia de valor, cadeias de valor, ~cadeia de abastecimento; zh: 价值链, ~产业链, ~供应链");
  m.Signal("farmers", 1.4,
           "en: farmer*, grower*, farm, farms, farmland, peasant*; "
           "es: agricultor*, campesin*, productores agrícolas, granjas; "
           "fr: agriculteur*, paysan*, exploitant agricole, exploitants agricoles, producteurs agricoles, "
           "exploitations agricoles; "
           "pt: agricultor*, camponês*, camponeses, produtores rurais, produtores agrícolas; "
           "zh: 农民, 农户, 种植户, 果农, 茶农, 农田; ru: фермер*");
  m.Cue("food", 0.6,
        "en: food, foods, foodstuffs; es: alimento*, alimentari*, alimentaci*; fr: aliment*, nourriture; "
        "pt: aliment*, comida; zh: 粮食, 食品, 食物; ru: продовольстви*");
  m.Signal("harvest", 1.0,
           "en: harvest*, post-harvest, crop, crops, yields, planting season; "
           "es: cosecha*, poscosecha, postcosecha, cultivo*; fr: récolte*, après récolte; "
           "pt: colheita*, pós-colheita, cultivo*, lavoura*; zh: 收获, 收割, 产后, 作物, 庄稼, 收成");
  m.Signal("rural", 0.7,
           "en: rural, rural areas, villages, countryside; es: rural, rurales, zonas rurales, medio rural; "
           "fr: rural, rurale, ruraux, rurales, campagnes; pt: rural, rurais, zonas rurais, meio rural; "
           "zh: 农村, 乡村");
  m.Signal("markets for farm produce", 0.6,
           "en: wholesale market*, farmers' markets, fair price, fair prices, urban consumers; "
           "es: mercados mayoristas, precio justo, consumidores urbanos; "
           "fr: marchés de gros, prix équitable, consommateurs urbains; "
           "pt: mercados grossistas, mercados atacadistas, preço justo, consumidores urbanos; "
           "zh: 批发市场, 合理价格, 城市消费者");
  m.Signal("World Food Programme", 0.5,
           "en: WFP, World Food Programme, WFP China Centre of Excellence, WFP CoE China, CERFAM, FAO, "
           "Food and Agriculture Organization, IFAD; "
           "es: Programa Mundial de Alimentos, PMA, Centro de Excelencia del PMA en China; "
           "fr: Programme alimentaire mondial, PAM; pt: Programa Alimentar Mundial; "
           "zh: 世界粮食计划署, 粮食计划署, 世界粮食计划署中国卓越中心, 联合国粮农组织");
  m.Signal("Sustainable Agriculture Value Chain Development", 0.9,
           "en: Sustainable Agriculture Value Chain Development, sustainable agriculture value chain; "
           "es: desarrollo sostenible de las cadenas de valor agrícolas; "
           "pt: desenvolvimento sustentável das cadeias de valor agrícolas; "
           "fr: développement durable des chaînes de valeur agricoles; zh: 可持续农业价值链发展");

  // Producers.
  m.Entity("producer", "smallholders",
           "en: smallholder*, small-scale farmers, small farmers, small-scale producers; "
           "es: pequeños productores, pequeños agricultores; "
           "fr: petits exploitants, petits producteurs, petits agriculteurs; "
           "pt: pequenos agricultores, pequenos produtores; zh: 小农户, 小农",
           1.6, Gate::kAlways);
  m.Entity("producer", "family farmers",
           "en: family farm*, family farmers, farming households, farm households; "
           "es: agricultores familiares, agricultura familiar; fr: agriculture familiale, exploitations familiales; "
           "pt: agricultores familiares, agricultura familiar; zh: 家庭农场",
           1.4, Gate::kAlways);
  m.Entity("producer", "cooperatives",
           "en: cooperative*, co-op*, farmer organizations, producer organizations; "
           "es: cooperativa*, organizaciones de productores; fr: coopérative*, organisations de producteurs; "
           "pt: cooperativa*, associações de produtores; zh: 合作社, 专业合作社",
           0.7);
  m.Entity("producer", "women farmers",
           "en: women farmers, rural women; es: mujeres rurales, agricultoras; fr: agricultrices, femmes rurales; "
           "pt: mulheres rurais, agricultoras; zh: 农村妇女, 女农民",
           1.2, Gate::kAlways);

  // Topics.
  m.Entity("agri_topic", "food security",
           "en: food security, food insecurity, hunger, malnutrition, zero hunger; "
           "es: seguridad alimentaria, inseguridad alimentaria, hambre, malnutrición, desnutrición; "
           "fr: sécurité alimentaire, insécurité alimentaire, faim, malnutrition; "
           "pt: segurança alimentar, insegurança alimentar, fome, desnutrição, má nutrição; "
           "zh: 粮食安全, 饥饿, 营养不良; ru: продовольственная безопасность",
           1.5, Gate::kAlways, Vocab::kRelated);
  m.Entity("agri_topic", "cold chain",
           "en: cold chain*, cold storage, cold rooms, refrigerated trucks; "
           "es: cadena de frío, cámaras frigoríficas, almacenamiento en frío; "
           "fr: chaîne du froid, chambres froides, entrepôts frigorifiques; "
           "pt: cadeia de frio, câmaras frigoríficas, armazenamento refrigerado; zh: 冷链, 冷库, 冷藏",
           1.5, Gate::kAlways);
  m.Entity("agri_topic", "post-harvest losses",
           "en: post-harvest loss*, postharvest loss*, post harvest loss*, food loss*, losses after harvest; "
           "es: pérdidas poscosecha, pérdidas postcosecha, pérdida de alimentos, pérdidas de alimentos; "
           "fr: pertes après récolte, pertes post-récolte, pertes alimentaires; "
           "pt: perdas pós-colheita, perdas de alimentos; zh: 产后损失, 粮食损失, 产后损耗",
           1.6, Gate::kAlways);
  m.Entity("agri_topic", "traceability",
           "en: traceab*; es: trazabilidad; fr: traçabilité; pt: rastreabilidade; zh: 可追溯, 追溯体系, 可追溯体系",
           0.8, Gate::kAlways);
  m.Entity("agri_topic", "quality standards",
           "en: quality standards, certification, organic; "
           "es: normas de calidad, estándares de calidad, certificación, orgánicos; "
           "fr: normes de qualité, certification, biologique*; "
           "pt: padrões de qualidade, normas de qualidade, certificação, orgânicos; zh: 质量标准, 认证, 有机",
           0.6, Gate::kTheme, Vocab::kRelated);
  m.Entity("agri_topic", "rural e-commerce",
           "en: rural e-commerce, agricultural e-commerce, e-commerce of agricultural products, "
           "online sales of farm products; "
           "es: comercio electrónico de productos agrícolas, comercio electrónico rural; "
           "fr: commerce électronique rural; pt: comércio eletrônico rural, e-commerce rural; "
           "zh: 农村电商, 农产品电商, 电商扶贫, 农产品销售",
           1.5, Gate::kAlways);
  m.Entity("agri_topic", "school feeding",
           "en: school feeding, school meals; es: alimentación escolar, comedores escolares; "
           "fr: alimentation scolaire, cantines scolaires; pt: alimentação escolar, merenda escolar; "
           "zh: 学校供餐, 营养午餐",
           1.2, Gate::kAlways);
  m.Entity("agri_topic", "public food procurement",
           "en: public procurement of food, public food procurement, food procurement, public food purchases; "
           "es: compras públicas de alimentos; fr: achats publics alimentaires, achats publics de denrées; "
           "pt: compras públicas de alimentos; zh: 食品公共采购",
           1.2, Gate::kAlways);

  // Value chain stages.
  m.Entity("value_chain_stage", "production",
           "en: agricultural production, food production, farm inputs, seeds, fertiliz*, fertilis*, irrigation; "
           "es: producción agrícola, semillas, fertilizantes, riego; "
           "fr: production agricole, semences, engrais, irrigation; "
           "pt: produção agrícola, sementes, fertilizantes, irrigação; zh: 农业生产, 种子, 化肥, 灌溉, 种植",
           0.8, Gate::kTheme, Vocab::kRelated);
  m.Entity("value_chain_stage", "harvesting",
           "en: harvest, harvesting; es: cosecha; fr: récolte; pt: colheita; zh: 收获, 收割", 0.2);
  m.Entity("value_chain_stage", "storage",
           "en: storage, warehous*, silo, silos, grain store*, granar*, hermetic bags; "
           "es: almacenamiento, almacenes, silos, bodegas; fr: stockage, entrepôt*, greniers, silos; "
           "pt: armazenamento, armazéns, silos, armazenagem; zh: 储存, 仓储, 粮仓, 仓库, 贮藏",
           0.9);
  m.Entity("value_chain_stage", "processing",
           "en: agro-processing, food processing, processing, process their; "
           "es: procesamiento, agroindustria*, transformación de alimentos; "
           "fr: transformation agroalimentaire, agro-industrie, transformation des produits; "
           "pt: processamento, beneficiamento, agroindústria*; zh: 农产品加工, 加工",
           0.6);
  m.Entity("value_chain_stage", "packaging and grading",
           "en: packag*, grading, sorting of produce; es: empaque*, embalaje, clasificación de productos; "
           "fr: emballage*, conditionnement, calibrage; pt: embalagem*, classificação; zh: 包装, 分级",
           0.5);
  m.Entity("value_chain_stage", "transport and logistics",
           "en: rural logistics, logistics, transport to market; es: logística, transporte de alimentos; "
           "fr: logistique; pt: logística; zh: 物流, 运输, 运出村庄",
           0.3, Gate::kTheme, Vocab::kRelated);
  m.Entity("value_chain_stage", "marketing and sales",
           "en: market access, marketing, reach urban consumers, sell directly, sell their produce, sales; "
           "es: comercialización, acceso a mercados, venta directa; "
           "fr: commercialisation, accès aux marchés, vente directe; "
           "pt: comercialização, acesso a mercados, venda direta; zh: 销售, 营销, 进入市场, 农产品销售",
           0.4, Gate::kTheme, Vocab::kRelated);

  // Crops and products.
  m.Entity("crop_product", "agricultural products",
           "en: agricultural products, farm products, farm produce, fresh produce; "
           "es: productos agrícolas, productos del campo; fr: produits agricoles; pt: produtos agrícolas; "
           "zh: 农产品, 农副产品, 农特产品",
           1.0, Gate::kAlways);
  m.Entity("crop_product", "rice", "en: rice, paddy; es: arroz; fr: riz; pt: arroz; zh: 大米, 水稻, 稻谷, 稻米", 0.8,
           Gate::kAlways);
  m.Entity("crop_product", "wheat", "en: wheat; es: trigo; fr: blé; pt: trigo; zh: 小麦", 0.8, Gate::kAlways);
  m.Entity("crop_product", "maize", "en: maize, corn; es: maíz; fr: culture du maïs; pt: milho; zh: 玉米", 0.8,
           Gate::kAlways);
  m.Entity("crop_product", "beans and pulses",
           "en: beans, pulses, lentils, soybean*, soya; es: frijoles, judías, legumbres, soja; "
           "fr: haricots, légumineuses, lentilles, soja; pt: feijão, leguminosas, soja; zh: 豆类, 大豆",
           0.8, Gate::kAlways);
  m.Entity("crop_product", "vegetables",
           "en: vegetables; es: hortalizas, verduras; fr: légumes; pt: legumes, hortaliças, verduras; zh: 蔬菜", 0.8,
           Gate::kAlways);
  m.Entity("crop_product", "fruit", "en: fruit, fruits; es: frutas; fr: fruits; pt: frutas; zh: 水果", 0.8,
           Gate::kAlways);
  m.Entity("crop_product", "tea", "en: tea, tea leaves; fr: feuilles de thé, plantations de thé; zh: 茶叶, 茶园", 0.8,
           Gate::kAlways);
  m.Entity("crop_product", "coffee", "en: coffee; es: café; fr: café; pt: café; zh: 咖啡", 0.6, Gate::kAlways);
  m.Entity("crop_product", "cocoa", "en: cocoa, cacao; es: cacao; fr: cacao; pt: cacau; zh: 可可", 0.8, Gate::kAlways);
  m.Entity("crop_product", "dairy",
           "en: dairy, milk; es: lácteos, leche; fr: produits laitiers, lait; pt: laticínios, leite; zh: 乳制品, 牛奶",
           0.8, Gate::kAlways);
  m.Entity("crop_product", "livestock",
           "en: livestock, cattle, poultry, meat; es: ganado, ganadería, carne, aves de corral; "
           "fr: bétail, élevage, viande, volaille; pt: gado, pecuária, carne, aves; zh: 畜牧, 牲畜, 肉类, 家禽",
           0.8, Gate::kAlways);
  m.Entity("crop_product", "fish and aquaculture",
           "en: fish, fisheries, aquaculture; es: pescado, pesca, acuicultura; fr: poisson, pêche, aquaculture; "
           "pt: peixe, pesca, aquicultura; zh: 渔业, 水产",
           0.8, Gate::kAlways);
  m.Entity("crop_product", "grain",
           "en: grain, grains, cereals; es: granos, cereales; fr: céréales, grains; pt: grãos, cereais; "
           "zh: 粮食, 谷物",
           0.8, Gate::kAlways);
  m.Entity("crop_product", "cassava", "en: cassava, manioc; es: yuca, mandioca; fr: manioc; pt: mandioca; zh: 木薯",
           0.8, Gate::kAlways);
  m.Entity("crop_product", "potatoes",
           "en: potato, potatoes; es: patatas; fr: pommes de terre; pt: batata, batatas; zh: 土豆, 马铃薯", 0.8,
           Gate::kAlways);
  m.Entity("crop_product", "honey", "en: honey; es: miel; fr: miel; zh: 蜂蜜", 0.6, Gate::kAlways);

  // Names and phrases with the theme's words that are not about it.
  m.Block("en: rural tourism; es: turismo rural; fr: tourisme rural; pt: turismo rural; zh: 乡村旅游");
  m.Block("en: food for thought, fast food; es: comida rápida");
  m.Block(
      "en: wind farm, wind farms, solar farm, solar farms, organic waste, organic matter; "
      "es: residuos orgánicos, desechos orgánicos, parques eólicos; fr: déchets organiques, matière organique; "
      "pt: resíduos orgânicos, lixo orgânico; zh: 有机垃圾, 风电场");

  // What it counts.
  m.Countable("farmers",
              "en: farmers, smallholders, smallholder farmers, farming households, producers, growers; "
              "es: agricultores, productores, pequeños productores, campesinos; "
              "fr: agriculteurs, producteurs, paysans; pt: agricultores, produtores, camponeses; "
              "zh: 农户, 农民, 户农民, 小农户");
  m.Countable("cooperatives", "en: cooperatives; es: cooperativas; fr: coopératives; pt: cooperativas; zh: 合作社");
  m.Countable("households",
              "en: households; es: hogares, familias; fr: ménages; pt: famílias, agregados familiares; zh: 户");
  m.Countable("tonnes of food",
              "en: tonnes of food, tonnes of grain, tons of food, tons of grain; "
              "es: toneladas de alimentos, toneladas de granos; fr: tonnes de nourriture, tonnes de céréales; "
              "pt: toneladas de alimentos, toneladas de grãos; zh: 吨粮食");

  // Vocabulary only.
  m.Synonyms("smallholders",
             "en: smallholder farmers, small-scale farmers; es: pequeños productores; fr: petits exploitants; "
             "pt: pequenos agricultores; zh: 小农户");
  // The topic above is only related to hunger and malnutrition; the phrase
  // itself has exact translations.
  m.Synonyms("food security",
             "es: seguridad alimentaria; fr: sécurité alimentaire; pt: segurança alimentar; zh: 粮食安全; "
             "ru: продовольственная безопасность");
  m.Synonyms("value chain", "es: cadena de valor; fr: chaîne de valeur; pt: cadeia de valor; zh: 价值链");

  m.Compile();
  return m;
}

}  // namespace

SILKDEX_KIT_PLUGIN("agriculture", "1.0.0", Build)

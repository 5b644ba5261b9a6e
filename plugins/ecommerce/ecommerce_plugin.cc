// silkdex plugin "ecommerce": E-Commerce, Digitalization and Smart City.
//
// Suggests the theme `ecommerce`; facets: platform (Alibaba, Taobao, JD.com,
// Pinduoduo, Douyin, WeChat, Alipay, Amazon, Mercado Libre, Jumia...),
// ecommerce_topic (cross-border trade, livestreaming, digital payments,
// logistics, customs clearance, e-commerce pilot zones, online marketplaces,
// rural e-commerce, digital skills), digital_technology (smart city,
// artificial intelligence, blockchain, big data, e-government, internet of
// things); counts enterprises, orders, parcels, online shops; vocabulary in en,
// es, fr, pt, zh (and ru for the main terms).
#include "silkdex/kit/plugin.h"

namespace {

using silkdex::kit::Gate;
using silkdex::kit::Vocab;

silkdex::kit::ThemeModel Build() {
  silkdex::kit::ThemeModel m("ecommerce");

  m.Cue("e-commerce", 1.8,
        "en: e-commerce, ecommerce, electronic commerce, online retail*, online shopping, online store*, "
        "online shop*, e-shop*; "
        "es: comercio electrónico, comercio en línea, tiendas en línea, tienda en línea, e-commerce; "
        "fr: commerce électronique, commerce en ligne, boutique en ligne, boutiques en ligne, e-commerce; "
        "pt: comércio eletrônico, comércio eletrónico, comércio online, loja online, lojas online, e-commerce; "
        "zh: 电子商务, 电商, 网购, 网店, 网络零售; "
        "ru: электронная коммерция, электронной коммерции, интернет-торговля");
  m.Signal("online sales", 1.2,
           "en: sell online, selling online, sell their products online, online sales, online orders, orders online, "
           "take orders, takes orders, sell products online; "
           "es: vender en línea, venta en línea, ventas en línea, pedidos en línea; "
           "fr: vendre en ligne, vente en ligne, ventes en ligne, commandes en ligne; "
           "pt: vender online, venda online, vendas online, pedidos online, vender pela internet; "
           "zh: 网上销售, 线上销售, 在线销售, 接受订单, 网络销售");
  m.Signal("digitalization", 0.8,
           "en: digital economy, digitalization, digitalisation, digital transformation, digital innovation, "
           "digital technolog*, digital platform*, digital tools, digital channels, digital solutions; "
           "es: economía digital, digitalización, transformación digital, innovación digital, plataformas digitales, "
           "canales digitales, tecnologías digitales, soluciones digitales; "
           "fr: économie numérique, numérisation, transformation numérique, innovation numérique, "
           "plateformes numériques, outils numériques, canaux numériques, digitalisation; "
           "pt: economia digital, digitalização, transformação digital, inovação digital, plataformas digitais, "
           "canais digitais, tecnologias digitais; zh: 数字经济, 数字化, 数字创新, 数字技术, 数字化转型, 数字平台; "
           "ru: цифровизаци*, цифровая экономика");
  m.Signal("internet", 0.5,
           "en: internet, online platform*, apps, smartphone*, mobile phone*; "
           "es: internet, aplicaciones móviles, teléfono* móvil*; fr: internet, applications mobiles, smartphone*; "
           "pt: internet, aplicativos, celular*, telemóve*; zh: 互联网, 手机, 移动互联网, 小程序");
  m.Cue("platform", 0.4, "en: ~platform*; es: ~plataforma*; fr: ~plateforme*; pt: ~plataforma*; zh: ~平台");
  m.Cue("SMEs", 0.6,
        "en: SMEs, MSMEs, small and medium enterprises, small and medium-sized enterprises, small businesses, "
        "micro-enterprises; es: pymes, mipymes, pequeñas y medianas empresas; "
        "fr: PME, petites et moyennes entreprises, petites entreprises; "
        "pt: PME, PMEs, pequenas e médias empresas, pequenos negócios; zh: 中小企业, 小微企业");
  m.Signal("sellers", 0.6,
           "en: online retailers, sellers, merchants; es: comercios, vendedores; fr: commerçants, vendeurs; "
           "pt: comerciantes, vendedores; zh: 商家, 卖家");
  m.Cue("trade", 0.5, "en: trade, commerce, ~retail; es: comercio; fr: commerce; pt: comércio; zh: 贸易, 商贸, 零售");
  m.Signal("E-Commerce, Digitalization and Smart City", 0.9,
           "en: E-Commerce Digitalization and Smart City, e-commerce digitalization and smart cities; "
           "es: comercio electrónico digitalización y ciudad inteligente; "
           "pt: comércio eletrônico digitalização e cidade inteligente; zh: 电子商务、数字化和智慧城市");

  // Topics.
  m.Entity("ecommerce_topic", "cross-border trade",
           "en: cross-border e-commerce, cross border e-commerce, cross-border trade, cross-border online, "
           "cross-border sales, ~cross-border; "
           "es: comercio electrónico transfronterizo, comercio transfronterizo, ~transfronterizo; "
           "fr: commerce électronique transfrontalier, commerce transfrontalier, ~transfrontalier, "
           "~au-delà des frontières; "
           "pt: comércio eletrônico transfronteiriço, comércio eletrónico transfronteiriço, "
           "comércio transfronteiriço, ~transfronteiriço; zh: 跨境电子商务, 跨境电商, 跨境贸易, ~跨境",
           2.0, Gate::kAlways);
  m.Entity("ecommerce_topic", "livestreaming",
           "en: livestream*, live stream*, live-stream*, live streaming, live commerce, live-commerce, "
           "live shopping, livestreaming sales; "
           "es: transmisiones en vivo, transmisión en vivo, transmisión en directo, comercio en vivo, "
           "ventas en vivo; fr: diffusion en direct, vente en direct, live shopping; "
           "pt: transmissão ao vivo, transmissões ao vivo, live commerce, vendas ao vivo; "
           "zh: 直播, 直播带货, 网络直播, 直播电商, 手机直播",
           1.5, Gate::kAlways);
  m.Entity("ecommerce_topic", "digital payments",
           "en: digital payment*, mobile payment*, e-payment*, online payment*, payment system*, mobile money, "
           "digital wallet*, e-wallet*; "
           "es: pagos digitales, pago digital, pagos móviles, pago móvil, billetera digital, billeteras digitales, "
           "dinero móvil, sistema de pagos; "
           "fr: paiements numériques, paiement numérique, paiements mobiles, paiement mobile, monnaie mobile, "
           "portefeuille électronique, systèmes de paiement; "
           "pt: pagamentos digitais, pagamento digital, pagamentos móveis, carteira digital, carteiras digitais, "
           "sistema de pagamentos, Pix; zh: 移动支付, 电子支付, 数字支付, 支付体系, 支付系统, 在线支付, 扫码支付",
           1.5, Gate::kAlways);
  m.Entity("ecommerce_topic", "logistics",
           "en: logistics, parcels, parcel delivery, express delivery, last-mile delivery, courier*; "
           "es: logística, paquetería, paquetes pequeños; fr: logistique, colis, livraison de colis; "
           "pt: logística, encomendas; zh: 物流, 快递, 包裹, 配送",
           0.7);
  m.Entity("ecommerce_topic", "customs clearance",
           "en: customs clearance, customs procedures, customs authorities, customs services, one-stop clearance, "
           "clearance system; es: trámites aduaneros, aduana*, despacho aduanero; fr: dédouanement, douane*; "
           "pt: desembaraço aduaneiro, alfândega*, trâmites aduaneiros; zh: 通关, 海关, 报关, 跨境通关",
           1.0, Gate::kAlways);
  m.Entity("ecommerce_topic", "e-commerce pilot zones",
           "en: pilot zone*, comprehensive pilot zone*, e-commerce zone*; es: zonas piloto, zona piloto; "
           "fr: zones pilotes, zone pilote; pt: zonas piloto, zona piloto; zh: 综合试验区, 综试区, 试验区",
           1.2, Gate::kAlways);
  m.Entity("ecommerce_topic", "online marketplaces",
           "en: online marketplace*, e-commerce platform*, e-commerce channels; "
           "es: plataformas de comercio electrónico, mercados en línea; "
           "fr: plateformes de commerce en ligne, places de marché en ligne; "
           "pt: plataformas de comércio eletrônico, marketplaces; zh: 电商平台, 电子商务平台, 网购平台",
           1.2, Gate::kAlways);
  m.Entity("ecommerce_topic", "rural e-commerce",
           "en: rural e-commerce, agricultural e-commerce; es: comercio electrónico rural; "
           "fr: commerce électronique rural; pt: e-commerce rural; zh: 农村电商, 农产品电商",
           1.5, Gate::kAlways);
  m.Entity("ecommerce_topic", "digital skills",
           "en: digital skills, e-commerce training, digital literacy, e-commerce skills; "
           "es: habilidades digitales, competencias digitales, alfabetización digital; fr: compétences numériques; "
           "pt: competências digitais, habilidades digitais; zh: 电商培训, 数字技能, 电商技能",
           0.8);

  // Technologies.
  m.Entity("digital_technology", "smart city",
           "en: smart city, smart cities; es: ciudad inteligente, ciudades inteligentes; "
           "fr: ville intelligente, villes intelligentes; pt: cidade inteligente, cidades inteligentes; "
           "zh: 智慧城市, 智能城市; ru: умный город",
           1.6, Gate::kAlways);
  m.Entity("digital_technology", "artificial intelligence",
           "en: artificial intelligence, AI-powered, AI technology; es: inteligencia artificial; "
           "fr: intelligence artificielle; pt: inteligência artificial; zh: 人工智能, AI同传",
           0.8, Gate::kAlways);
  m.Entity("digital_technology", "blockchain",
           "en: blockchain*, cryptocurrenc*, crypto; es: cadena de bloques, criptomoneda*; "
           "fr: chaîne de blocs, cryptomonnaie*; pt: criptomoeda*; zh: 区块链, 加密货币",
           1.0, Gate::kAlways);
  m.Entity("digital_technology", "big data",
           "en: big data, data analytics; es: macrodatos; fr: mégadonnées; pt: megadados; zh: 大数据", 0.8,
           Gate::kAlways);
  m.Entity("digital_technology", "e-government",
           "en: e-government, digital government, online public services, online services; "
           "es: gobierno electrónico, gobierno digital, trámites en línea; "
           "fr: administration électronique, e-administration, services publics en ligne; "
           "pt: governo eletrônico, governo digital, serviços públicos online; zh: 电子政务, 数字政府, 一网通办",
           1.0, Gate::kAlways);
  m.Entity("digital_technology", "internet of things",
           "en: internet of things, IoT, connected sensors, sensors; "
           "es: internet de las cosas, sensores conectados, sensores; fr: internet des objets, capteurs connectés; "
           "pt: internet das coisas, sensores; zh: 物联网, 传感器",
           0.8, Gate::kAlways);

  // Platforms.
  m.Entity("platform", "Alibaba", "en: Alibaba, Alibaba Group, Alibaba.com; zh: 阿里巴巴, 阿里巴巴集团", 0.8,
           Gate::kAlways);
  m.Entity("platform", "Taobao", "en: Taobao, Taobao Live; zh: 淘宝, 淘宝直播", 1.2, Gate::kAlways);
  m.Entity("platform", "Tmall", "en: Tmall, Tmall Global; zh: 天猫, 天猫国际", 1.2, Gate::kAlways);
  m.Entity("platform", "AliExpress", "en: AliExpress; zh: 速卖通", 1.2, Gate::kAlways);
  m.Entity("platform", "JD.com", "en: JD.com, JD, Jingdong; zh: 京东", 1.2, Gate::kAlways);
  m.Entity("platform", "Pinduoduo", "en: Pinduoduo; zh: 拼多多", 1.2, Gate::kAlways);
  m.Entity("platform", "Douyin", "en: Douyin, TikTok; zh: 抖音", 1.0, Gate::kAlways);
  m.Entity("platform", "Kuaishou", "en: Kuaishou; zh: 快手", 1.0, Gate::kAlways);
  m.Entity("platform", "WeChat", "en: WeChat, Weixin; zh: 微信", 0.6, Gate::kAlways);
  m.Entity("platform", "Alipay", "en: Alipay; zh: 支付宝", 1.2, Gate::kAlways);
  m.Entity("platform", "WeChat Pay", "en: WeChat Pay; zh: 微信支付", 1.2, Gate::kAlways);
  m.Entity("platform", "Amazon", "en: Amazon.com, Amazon marketplace, ~Amazon; zh: 亚马逊", 0.8, Gate::kAlways);
  m.Entity("platform", "eBay", "en: eBay", 1.2, Gate::kAlways);
  m.Entity("platform", "Mercado Libre", "en: Mercado Libre, Mercado Livre, MercadoLibre, Mercado Pago", 1.2,
           Gate::kAlways);
  m.Entity("platform", "Jumia", "en: Jumia", 1.2, Gate::kAlways);
  m.Entity("platform", "Shopee", "en: Shopee", 1.2, Gate::kAlways);
  m.Entity("platform", "Lazada", "en: Lazada", 1.2, Gate::kAlways);
  m.Entity("platform", "M-Pesa", "en: M-Pesa, MPesa", 1.2, Gate::kAlways);
  m.Entity("platform", "PayPal", "en: PayPal", 1.2, Gate::kAlways);
  m.Entity("platform", "Bithelp", "en: Bithelp, Bithelp.com", 0.6, Gate::kAlways);

  // Names with the theme's words that are not about it.
  m.Block(
      "en: Alibaba Health, Alibaba Foundation, Jack Ma Foundation, World Customs Organization, "
      "China Association for Trade in Services, China Association of Trade in Services, Trade in Services, "
      "China Technology Market Association; "
      "es: Asociación China de Comercio de Servicios, comercio de servicios; "
      "zh: 阿里健康, 阿里巴巴公益基金会, 马云公益基金会, 中国服务贸易协会, 服务贸易");
  m.Block("en: Amazon rainforest, Amazon basin, Amazon River; es: Amazonía, río Amazonas; pt: Amazônia, rio Amazonas");

  // What it counts.
  m.Countable("enterprises",
              "en: enterprises, companies, SMEs, businesses, firms, e-commerce companies; es: empresas, pymes; "
              "fr: entreprises, PME; pt: empresas, PME; zh: 企业, 中小企业");
  m.Countable("orders", "en: orders, online orders; es: pedidos; fr: commandes; pt: pedidos; zh: 订单, 单");
  m.Countable("parcels", "en: parcels, packages; es: paquetes; fr: colis; pt: encomendas, pacotes; zh: 包裹");
  m.Countable("online shops",
              "en: online shops, online stores, e-shops; es: tiendas en línea; fr: boutiques en ligne; "
              "pt: lojas online; zh: 网店");

  // Vocabulary only.
  m.Synonyms("e-commerce",
             "en: online commerce, online trade, internet retail; fr: cybercommerce; pt: comércio digital; "
             "zh: 网络购物");
  m.Synonyms("livestreaming", "en: live-stream selling, live e-commerce; zh: 直播销售");

  m.Compile();
  return m;
}

}  // namespace

SILKDEX_KIT_PLUGIN("ecommerce", "1.0.0", Build)

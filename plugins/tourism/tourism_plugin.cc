// silkdex plugin "tourism": Sustainable Tourism, Heritage Protection and Creative Economy.
//
// Suggests the theme `tourism`; facets: heritage_site (Mogao Caves, Longmen
// Grottoes, Yinxu, Grand Canal, Itchan Kala...), heritage (World Heritage,
// cultural heritage, intangible cultural heritage, natural heritage, historic
// centre), tourism_kind (cultural, eco, creative, rural, virtual, urban,
// domestic, sustainable, coastal), tourism_topic (tourism recovery, heritage
// protection, creative economy, destination promotion, community
// participation, overtourism); counts visitors, overnight stays, hotel rooms;
// vocabulary in en, es, fr, pt, zh (and ru for the main terms).
#include "silkdex/kit/plugin.h"

namespace {

using silkdex::kit::Gate;
using silkdex::kit::Vocab;

silkdex::kit::ThemeModel Build() {
  silkdex::kit::ThemeModel m("tourism");

  m.Cue("tourism", 1.6,
        "en: tourism, tourist*, touristic; es: turismo, turístic*, turista*; fr: tourisme, touristique*, touriste*; "
        "pt: turismo, turístic*, turista*; zh: 旅游, 旅游业, 观光, ~游客, ~景区, ~景点; ru: туризм*, турист*");
  m.Signal("visitors", 1.0,
           "en: visitor*, travel, travelling, traveling, traveller*, traveler*, holiday*, vacation*, sightseeing; "
           "es: visitante*, viajes, viajeros, viajar, vacaciones; fr: visiteur*, voyage*, voyageur*, vacances; "
           "pt: visitante*, viagens, viajantes, viajar, férias; zh: 访客, 旅客, 旅行, 出游");
  m.Cue("destination", 0.8,
        "en: destination*; es: destino turístico, destinos turísticos, destino; fr: destination*; "
        "pt: destino turístico, destino; zh: 目的地, 旅游目的地");
  m.Cue("heritage", 1.2,
        "en: heritage; es: patrimonio, patrimonial*; fr: patrimoine*, patrimonial*; "
        "pt: patrimônio, património, patrimonia*; zh: 遗产, 遗址, 古迹, 文物; ru: наследие");
  m.Signal("hospitality", 1.0,
           "en: hotel*, guesthouse*, hospitality, accommodation*, cruise*; "
           "es: hotel*, hospedaje, alojamiento*, hotelería, crucero*; "
           "fr: hôtel*, hébergement*, hôtellerie, croisière*; "
           "pt: hote*, hospedagem, alojamento*, hotelaria, cruzeiro*; zh: 酒店, 宾馆, 民宿, 住宿, 邮轮");
  m.Signal("culture", 0.6,
           "en: museum*, monument*, festival*, gastronomy, culinary, crafts, historic sites, cultural sites; "
           "es: museo*, monumento*, festival*, gastronomía; fr: musée*, monument*, festival*, gastronomie; "
           "pt: museu*, monumento*, festiva*, gastronomia; zh: 博物馆, 美食, 石窟艺术, 历史文化名城, 古都");
  m.Signal("tourism organizations", 0.6,
           "en: UNWTO, World Tourism Organization, ICOMOS, WHITRAP, WHITR-AP, ANCMPPM, "
           "National Association of Mexican World Heritage Cities, Ministry of Tourism; "
           "es: OMT, Organización Mundial del Turismo, "
           "Asociación Nacional de Ciudades Mexicanas del Patrimonio Mundial; fr: Organisation mondiale du tourisme; "
           "pt: Organização Mundial do Turismo; "
           "zh: 世界旅游组织, 国际古迹遗址理事会, 墨西哥世界遗产城市协会, 亚太地区世界遗产培训与研究中心");
  m.Cue("UNESCO", 0.4, "en: UNESCO; zh: 联合国教科文组织");
  m.Cue("Travel South over Cloud", 1.0, "en: Travel South over Cloud; zh: 云游南方");
  m.Signal("Sustainable Tourism, Heritage Protection and Creative Economy", 0.9,
           "en: Sustainable Tourism Heritage protection and Creative Economy, "
           "sustainable tourism heritage protection and the creative economy; "
           "es: turismo sostenible protección del patrimonio y economía creativa; "
           "pt: turismo sustentável proteção do patrimônio e economia criativa; "
           "fr: tourisme durable protection du patrimoine et économie créative; zh: 可持续旅游、遗产保护和创意经济");

  // Heritage.
  m.Entity("heritage", "World Heritage",
           "en: World Heritage, World Heritage site*, World Heritage cities, World Cultural Heritage; "
           "es: Patrimonio Mundial, Patrimonio de la Humanidad; fr: patrimoine mondial, patrimoine de l'humanité; "
           "pt: Patrimônio Mundial, Património Mundial, Patrimônio da Humanidade; zh: 世界遗产, 世界文化遗产; "
           "ru: всемирное наследие",
           1.5, Gate::kAlways);
  m.Entity("heritage", "cultural heritage",
           "en: cultural heritage; es: patrimonio cultural; fr: patrimoine culturel; "
           "pt: patrimônio cultural, património cultural; zh: 文化遗产",
           1.5, Gate::kAlways);
  m.Entity("heritage", "intangible cultural heritage",
           "en: intangible heritage, intangible cultural heritage, living heritage; "
           "es: patrimonio inmaterial, patrimonio cultural inmaterial; "
           "fr: patrimoine immatériel, patrimoine culturel immatériel; "
           "pt: patrimônio imaterial, patrimônio cultural imaterial, património imaterial; zh: 非物质文化遗产, 非遗",
           1.5, Gate::kAlways);
  m.Entity("heritage", "natural heritage",
           "en: natural heritage; es: patrimonio natural; fr: patrimoine naturel; "
           "pt: patrimônio natural, património natural; zh: 自然遗产",
           1.5, Gate::kAlways);
  m.Entity("heritage", "historic centre",
           "en: historic centre, historic center, historic city centre, old town, historic district, "
           "historic quarter; es: centro histórico, centros históricos, casco antiguo, casco histórico; "
           "fr: centre historique, vieille ville; pt: centro histórico, centros históricos; "
           "zh: 历史城区, 古城, 老城区",
           1.2, Gate::kAlways);

  // Named sites.
  m.Entity("heritage_site", "Mogao Caves",
           "en: Mogao Caves, Mogao Grottoes, Mogao, Dunhuang grottoes, Dunhuang caves; es: Cuevas de Mogao; "
           "fr: grottes de Mogao; pt: Grutas de Mogao; zh: 莫高窟, 敦煌石窟",
           1.2, Gate::kAlways);
  m.Entity("heritage_site", "Longmen Grottoes",
           "en: Longmen Grottoes, Longmen Caves; es: Grutas de Longmen; fr: grottes de Longmen; "
           "pt: Grutas de Longmen; zh: 龙门石窟",
           1.2, Gate::kAlways);
  m.Entity("heritage_site", "Yinxu", "en: Yinxu, Yin Xu, Ruins of Yin; zh: 殷墟", 1.2, Gate::kAlways);
  m.Entity("heritage_site", "Grand Canal",
           "en: Grand Canal, Beijing-Hangzhou Grand Canal; es: Gran Canal de China; fr: Grand Canal de Chine; "
           "pt: Grande Canal da China; zh: 大运河, 京杭大运河",
           1.2, Gate::kAlways);
  m.Entity("heritage_site", "Itchan Kala", "en: Itchan Kala, Ichan Kala, Ichan-Qala, Itchan-Kala; zh: 伊钦卡拉", 1.2,
           Gate::kAlways);
  m.Entity("heritage_site", "Venice and its Lagoon",
           "en: Venice and its Lagoon; es: Venecia y su laguna; fr: Venise et sa lagune; pt: Veneza e a sua laguna",
           1.2, Gate::kAlways);
  m.Entity("heritage_site", "Great Wall",
           "en: Great Wall; es: Gran Muralla; fr: Grande Muraille; pt: Grande Muralha; zh: 长城", 1.2, Gate::kAlways);
  m.Entity("heritage_site", "Forbidden City",
           "en: Forbidden City, Palace Museum; es: Ciudad Prohibida; fr: Cité interdite; pt: Cidade Proibida; "
           "zh: 故宫, 紫禁城",
           1.2, Gate::kAlways);
  m.Entity("heritage_site", "Teotihuacan", "en: Teotihuacan, Teotihuacán; zh: 特奥蒂瓦坎", 1.2, Gate::kAlways);
  m.Entity("heritage_site", "Chichen Itza", "en: Chichen Itza, Chichén Itzá; zh: 奇琴伊察", 1.2, Gate::kAlways);
  m.Entity("heritage_site", "Machu Picchu", "en: Machu Picchu; zh: 马丘比丘", 1.2, Gate::kAlways);
  m.Entity("heritage_site", "Historic Centre of Samarkand",
           "en: Registan, Samarkand – Crossroad of Cultures; zh: 雷吉斯坦", 1.2, Gate::kAlways);

  // Kinds of tourism.
  m.Entity("tourism_kind", "cultural",
           "en: cultural tourism, heritage tourism, culture tourism; es: turismo cultural, turismo patrimonial; "
           "fr: tourisme culturel; pt: turismo cultural; zh: 文化旅游, 文旅, 遗产旅游",
           2.0, Gate::kAlways);
  m.Head("cultural tourism");
  m.Entity("tourism_kind", "eco",
           "en: ecotourism, eco-tourism, nature tourism, nature-based tourism; "
           "es: ecoturismo, turismo de naturaleza; fr: écotourisme, tourisme de nature; "
           "pt: ecoturismo, turismo de natureza; zh: 生态旅游",
           2.0, Gate::kAlways);
  m.Head("ecotourism");
  m.Entity("tourism_kind", "creative",
           "en: creative tourism; es: turismo creativo; fr: tourisme créatif; pt: turismo criativo; zh: 创意旅游", 2.0,
           Gate::kAlways);
  m.Head("creative tourism");
  m.Entity("tourism_kind", "rural",
           "en: rural tourism, agritourism, agrotourism, village tourism; es: turismo rural, agroturismo; "
           "fr: tourisme rural, agritourisme; pt: turismo rural, agroturismo; zh: 乡村旅游, 农家乐",
           2.0, Gate::kAlways);
  m.Head("rural tourism");
  m.Entity("tourism_kind", "virtual",
           "en: virtual tour*, cloud tour*, online tour*, virtual visits, digital exhibitions, online exhibition*, "
           "live-streamed visits; es: visitas virtuales, recorridos virtuales, tours virtuales; "
           "fr: visites virtuelles; pt: visitas virtuais, tours virtuais; "
           "zh: 云游, 云旅游, 虚拟游览, 线上展览, 云展览",
           1.2, Gate::kAlways);
  m.Head("virtual tourism");
  m.Entity("tourism_kind", "urban",
           "en: urban tourism, city tourism; es: turismo urbano; fr: tourisme urbain; pt: turismo urbano; "
           "zh: 城市旅游",
           2.0, Gate::kAlways);
  m.Head("urban tourism");
  m.Entity("tourism_kind", "domestic",
           "en: domestic tourism, domestic tourists, domestic visitors, domestic travel*; "
           "es: turismo interno, turismo doméstico, turismo nacional; fr: tourisme intérieur, tourisme domestique; "
           "pt: turismo interno, turismo doméstico; zh: 国内旅游, 国内游",
           1.8, Gate::kAlways);
  m.Head("domestic tourism");
  m.Entity("tourism_kind", "sustainable",
           "en: sustainable tourism, inclusive tourism, inclusive and sustainable tourism, responsible tourism; "
           "es: turismo sostenible, turismo incluyente, turismo inclusivo, turismo incluyente y sostenible; "
           "fr: tourisme durable, tourisme inclusif; pt: turismo sustentável, turismo inclusivo; "
           "zh: 可持续旅游, 包容性旅游, 包容和可持续旅游",
           2.0, Gate::kAlways);
  m.Head("sustainable tourism");
  m.Entity("tourism_kind", "coastal",
           "en: beach tourism, coastal tourism, seaside tourism; es: turismo de sol y playa, turismo costero; "
           "fr: tourisme balnéaire; pt: turismo de sol e praia, turismo costeiro; zh: 滨海旅游, 海滨旅游",
           2.0, Gate::kAlways);
  m.Head("coastal tourism");

  // Topics.
  m.Entity("tourism_topic", "tourism recovery",
           "en: tourism recovery, recovery of tourism, recovery and growth of tourism, "
           "recovery of the tourism sector, growth and recovery of the tourism; "
           "es: recuperación del turismo, reactivación turística, reactivación del turismo; "
           "fr: relance du tourisme, reprise du tourisme; pt: recuperação do turismo, retomada do turismo; "
           "zh: 旅游复苏, 旅游业复苏, 旅游恢复",
           2.0, Gate::kAlways);
  m.Entity("tourism_topic", "heritage protection",
           "en: heritage protection, heritage preservation, heritage conservation, heritage site protection, "
           "site management, heritage management; "
           "es: protección del patrimonio, conservación del patrimonio, protección de los sitios patrimoniales; "
           "fr: protection du patrimoine, préservation du patrimoine, conservation du patrimoine; "
           "pt: proteção do patrimônio, preservação do patrimônio, conservação do patrimônio; "
           "zh: 遗产保护, 文化遗产保护, 文物保护, 遗址保护",
           1.6, Gate::kAlways);
  m.Entity("tourism_topic", "creative economy",
           "en: creative economy, creative industries, cultural and creative industries, artisans, handicraft*, "
           "craftspeople; es: economía creativa, industrias creativas, artesanía*, artesanos; "
           "fr: économie créative, industries créatives, artisanat, artisans; "
           "pt: economia criativa, indústrias criativas, artesanato, artesãos; "
           "zh: 创意经济, 文化创意, 文创, 手工艺, 文化创意产业",
           1.0, Gate::kAlways, Vocab::kRelated);
  m.Entity("tourism_topic", "destination promotion",
           "en: destination marketing, destination promotion, promote the destination, promoting tourism, "
           "tourism promotion; es: promoción turística, promoción digital del destino, promocionar el destino; "
           "fr: promotion touristique, promotion de la destination; pt: promoção turística, promoção do destino; "
           "zh: 旅游推广, 旅游营销, 目的地营销",
           1.2);
  m.Entity("tourism_topic", "community participation",
           "en: community-based tourism, local people, local residents, residents share in the benefits; "
           "es: turismo comunitario, población local, comunidades locales; "
           "fr: tourisme communautaire, population locale, communautés locales; "
           "pt: turismo comunitário, turismo de base comunitária, população local, comunidades locais; "
           "zh: 当地居民, 社区参与",
           0.4, Gate::kTheme, Vocab::kRelated);
  m.Entity("tourism_topic", "overtourism",
           "en: overtourism, over-tourism, mass tourism; es: sobreturismo, turismo masivo, masificación turística; "
           "fr: surtourisme, tourisme de masse; pt: sobreturismo, turismo de massa; zh: 过度旅游",
           2.0, Gate::kAlways);

  // Names and phrases with the theme's words that are not about it.
  m.Cue("Ghana Tourism Authority", 0.3,
        "en: Ghana Tourism Authority; es: Autoridad de Turismo de Ghana; fr: Autorité du tourisme du Ghana; "
        "zh: 加纳旅游局");
  m.Block(
      "en: travel time, travel times, travel demand; es: tiempo de viaje, tiempos de viaje; "
      "fr: temps de trajet, temps de parcours; pt: tempo de viagem, tempos de viagem, tempo de deslocamento; "
      "zh: 出行时间");
  m.Block("en: heritage of the pandemic; es: destino final");

  // What it counts.
  m.Countable("visitors",
              "en: visitors, tourists, tourist arrivals, arrivals, international arrivals, travellers, travelers; "
              "es: visitantes, turistas, llegadas; fr: visiteurs, touristes; pt: visitantes, turistas; zh: 游客, 旅客");
  m.Countable("overnight stays",
              "en: overnight stays, bed nights, nights; es: pernoctaciones; fr: nuitées; pt: pernoitas, dormidas; "
              "zh: 过夜");
  m.Countable("hotel rooms",
              "en: hotel rooms, guest rooms; es: habitaciones de hotel, habitaciones; fr: chambres d'hôtel; "
              "pt: quartos de hotel; zh: 间客房, 客房");
  m.Countable("heritage sites",
              "en: heritage sites, World Heritage sites; es: sitios patrimoniales, sitios del patrimonio mundial; "
              "fr: sites du patrimoine mondial; pt: sítios do patrimônio mundial; zh: 处世界遗产, 处遗产");

  // Vocabulary only.
  m.Synonyms("tourism",
             "en: travel and tourism, tourism sector, tourism industry; es: sector turístico; "
             "fr: secteur touristique; pt: setor turístico; zh: 旅游产业");
  m.Synonyms("heritage",
             "en: heritage sites, heritage cities; es: sitios patrimoniales, ciudades patrimonio; "
             "fr: sites patrimoniaux; pt: sítios patrimoniais; zh: 遗产城市");

  m.Compile();
  return m;
}

}  // namespace

SILKDEX_KIT_PLUGIN("tourism", "1.0.0", Build)

// silkdex plugin "transport": Sustainable Transport and Air Quality.
//
// Suggests the theme `transport`; facets: transport_mode (BRT, metro, light
// rail, electric buses, buses, cycling, walking, cable car, rail, electric
// vehicles, ferries, taxis and ride-hailing, freight, public transport),
// pollutant (PM2.5, PM10, particulate matter, NO2, SO2, ozone, CO, CO2, black
// carbon), transport_topic (road safety, congestion, air quality monitoring,
// low-emission zones, road infrastructure, transit-oriented development,
// active mobility); counts buses, vehicles, passengers, stations, bike lanes;
// vocabulary in en, es, fr, pt, zh (and ru for the main terms).
#include "silkdex/kit/plugin.h"

namespace {

using silkdex::kit::Gate;
using silkdex::kit::Vocab;

silkdex::kit::ThemeModel Build() {
  silkdex::kit::ThemeModel m("transport");

  m.Cue("transport", 1.5,
        "en: transport, transportation, transit, mobility; es: transporte, transportes, movilidad, tránsito; "
        "fr: transport, transports, mobilité; pt: transporte, transportes, mobilidade, trânsito; "
        "zh: 交通, 出行, 交通运输; ru: транспорт*");
  m.Cue("sustainable transport", 2.0,
        "en: sustainable transport, sustainable mobility, sustainable urban transport, green transport, "
        "low-carbon transport, urban mobility; "
        "es: transporte sostenible, movilidad sostenible, movilidad urbana sostenible, transporte urbano sostenible, "
        "movilidad urbana; fr: transport durable, transports durables, mobilité durable, mobilité urbaine; "
        "pt: transporte sustentável, mobilidade sustentável, mobilidade urbana, transporte urbano sustentável; "
        "zh: 可持续交通, 绿色交通, 绿色出行, 低碳交通, 可持续的城市交通, 城市交通; ru: устойчивый транспорт");
  m.Cue("air quality", 1.6,
        "en: air quality; es: calidad del aire; fr: qualité de l'air; pt: qualidade do ar; zh: 空气质量; "
        "ru: качество воздуха");
  m.Cue("air pollution", 1.6,
        "en: air pollution, polluted air, air pollutants; es: contaminación del aire, contaminación atmosférica; "
        "fr: pollution de l'air, pollution atmosphérique; pt: poluição do ar, poluição atmosférica; "
        "zh: 空气污染, 大气污染; ru: загрязнение воздуха");
  m.Signal("vehicle emissions", 1.6,
           "en: vehicle emissions, exhaust, clean air, the air residents breathe; "
           "es: aire limpio, emisiones vehiculares; fr: émissions des véhicules; pt: emissões dos veículos; "
           "zh: 尾气, 尾气排放");
  m.Signal("traffic", 1.2,
           "en: traffic, congestion, commut*; es: tráfico, congestión, atascos, embotellamientos; "
           "fr: trafic routier, circulation routière, embouteillages, congestion; "
           "pt: tráfego, congestionamento*, engarrafamento*; zh: 交通拥堵, 拥堵, 堵车, 通勤");
  m.Signal("vehicles", 1.0,
           "en: vehicle*, cars, private cars, car ownership, motorcycles, fleet*; "
           "es: vehículo*, automóvil*, coches, carros, flota*; fr: véhicule*, voitures, automobile*, flotte*; "
           "pt: veículo*, carros, automóve*, frota*; zh: 车辆, 汽车, 私家车, 机动车");
  m.Signal("roads", 0.6,
           "en: road, roads, roadside, street, streets, highway*, avenue*, bridges; "
           "es: calle*, carretera*, avenida*, puentes; fr: route*, rue*, voirie, avenue*, ponts; "
           "pt: rua*, estrada*, rodovi*, avenida*, pontes; zh: 道路, 公路, 街道, 马路");
  m.Signal("Sustainable Transport and Air Quality", 0.9,
           "en: Sustainable Transport and Air Quality; "
           "es: transporte sostenible y la calidad del aire, transporte sostenible y calidad del aire; "
           "pt: transporte sustentável e a qualidade do ar, transporte sustentável e qualidade do ar; "
           "fr: transport durable et qualité de l'air; zh: 可持续交通与空气质量");

  // Modes.
  m.Entity("transport_mode", "public transport",
           "en: public transport, public transit, mass transit, public transportation; "
           "es: transporte público, transporte colectivo; "
           "fr: transports en commun, transport public, transports publics; "
           "pt: transporte público, transportes públicos, transporte coletivo; zh: 公共交通, 公交",
           1.8);
  m.Entity("transport_mode", "BRT",
           "en: BRT, bus rapid transit; "
           "es: buses de tránsito rápido, autobuses de tránsito rápido, Metrobús, TransMilenio; "
           "fr: bus à haut niveau de service, BHNS; pt: ônibus de trânsito rápido, corredor de BRT; "
           "zh: 快速公交, 快速公交系统",
           1.6, Gate::kAlways);
  m.Entity("transport_mode", "metro",
           "en: metro, subway, underground railway, mass rapid transit, MRT; es: metro, subterráneo; fr: métro; "
           "pt: metrô, rede de metro, linha de metro, metropolitano; zh: 地铁, 轨道交通, 城市轨道交通",
           1.4, Gate::kAlways);
  m.Entity("transport_mode", "light rail",
           "en: light rail, tram, trams, tramway*, streetcar*, LRT; es: tren ligero, tranvía*; "
           "fr: tramway*, tram, métro léger; pt: veículo leve sobre trilhos, VLT; zh: 有轨电车, 轻轨",
           1.4, Gate::kAlways);
  m.Entity("transport_mode", "electric buses",
           "en: electric bus*, e-bus*, battery-electric bus*; "
           "es: autobuses eléctricos, buses eléctricos, autobús eléctrico, bus eléctrico; "
           "fr: bus électrique*, autobus électrique*; "
           "pt: ônibus elétrico*, autocarros elétricos, autocarro elétrico; "
           "zh: 电动公交车, 电动公交, 纯电动公交, 电动巴士, 新能源公交",
           1.8, Gate::kAlways);
  m.Entity("transport_mode", "buses",
           "en: bus, buses, bus lane*, bus network; es: autobús, autobuses, buses, ómnibus; fr: bus, autobus; "
           "pt: ônibus, autocarro*; zh: 公交车, 巴士, 公共汽车",
           1.0, Gate::kAlways);
  m.Entity("transport_mode", "cycling",
           "en: cycling, cyclist*, bicycle*, bike, bikes, bike lane*, cycle lane*, bike-sharing, bike sharing; "
           "es: bicicleta, bicicletas, ciclismo, bicicleta*, ciclista*, ciclovía*; "
           "fr: vélo*, cycliste*, pistes cyclables, cyclable*; "
           "pt: bicicletas, ciclismo, bicicleta*, ciclista*, ciclovia*, ciclofaixa*; zh: 自行车, 单车, 共享单车, 骑行",
           1.2, Gate::kAlways);
  m.Entity("transport_mode", "walking",
           "en: walking, pedestrian*, walkab*, sidewalk*, footpath*; "
           "es: peatón, peatones, peatonal*, caminar, banquetas, aceras; fr: piéton*, marche à pied, trottoirs; "
           "pt: pedestre*, peões, calçadas; zh: 步行, 行人, 人行道",
           1.0);
  m.Entity("transport_mode", "cable car",
           "en: cable cars, cable car*, Metrocable, aerial cable*, gondola lift*; "
           "es: teleférico, teleférico*, metrocable, cable aéreo; fr: téléphérique, téléphérique*, télécabine*; "
           "pt: teleférico*; zh: 缆车, 索道",
           1.4, Gate::kAlways);
  m.Entity("transport_mode", "rail",
           "en: railway*, railroad*, rail, commuter rail, high-speed rail; es: ferrocarril*, tren, trenes; "
           "fr: ferroviaire*, chemin de fer; pt: ferrovi*, trem, trens, comboio*; zh: 铁路, 高铁, 火车, 列车",
           1.0, Gate::kAlways);
  m.Entity("transport_mode", "electric vehicles",
           "en: electric vehicle*, EV, EVs, electric car*, e-mobility, electromobility, charging stations; "
           "es: vehículos eléctricos, vehículo eléctrico, electromovilidad, autos eléctricos; "
           "fr: véhicules électriques, voitures électriques, électromobilité, bornes de recharge; "
           "pt: veículos elétricos, carros elétricos, eletromobilidade; zh: 电动汽车, 新能源汽车, 充电桩",
           1.4, Gate::kAlways);
  m.Entity("transport_mode", "ferries",
           "en: ferry, ferries, water taxi*, waterborne transport; es: ferri, transbordador*; "
           "fr: traversier*, navette fluviale; pt: balsa*, barca*; zh: 轮渡, 渡轮",
           0.8, Gate::kAlways);
  m.Entity("transport_mode", "taxis and ride-hailing",
           "en: taxi, taxis, ride-hailing, ride hailing, motorcycle taxi*, tuk-tuk*; es: taxi, taxis, mototaxi*; "
           "fr: taxi, taxis, moto-taxi*; pt: táxi, táxis, mototáxi*; zh: 出租车, 网约车",
           0.8, Gate::kAlways);
  m.Entity("transport_mode", "freight",
           "en: freight, freight logistics, cargo, goods transport, trucks, lorries; "
           "es: transporte de carga, logística de carga, camiones; fr: fret, transport de marchandises, camions; "
           "pt: transporte de carga, logística de mercadorias, caminhões, camiões; zh: 货运, 货物运输, 卡车, 货运物流",
           0.8);

  // Pollutants.
  m.Entity("pollutant", "PM2.5",
           "en: PM2.5, PM 2.5, PM2\\,5, fine particulate*, fine particles; es: partículas finas; "
           "fr: particules fines; pt: partículas finas; zh: 细颗粒物",
           1.2, Gate::kAlways);
  m.Entity("pollutant", "PM10", "en: PM10, PM 10, coarse particles; zh: 可吸入颗粒物", 1.2, Gate::kAlways);
  m.Entity("pollutant", "particulate matter",
           "en: particulate matter, particulates; es: material particulado; fr: particules en suspension; "
           "pt: material particulado; zh: 颗粒物",
           1.2, Gate::kAlways);
  m.Entity("pollutant", "NO2",
           "en: NO2, nitrogen dioxide, NOx, nitrogen oxides; es: dióxido de nitrógeno, óxidos de nitrógeno; "
           "fr: dioxyde d'azote, oxydes d'azote; pt: dióxido de azoto, dióxido de nitrogênio, óxidos de nitrogênio; "
           "zh: 二氧化氮, 氮氧化物",
           1.2, Gate::kAlways);
  m.Entity("pollutant", "SO2",
           "en: SO2, sulphur dioxide, sulfur dioxide; es: dióxido de azufre; fr: dioxyde de soufre; "
           "pt: dióxido de enxofre; zh: 二氧化硫",
           1.2, Gate::kAlways);
  m.Entity("pollutant", "ozone", "en: ozone, O3, ground-level ozone; es: ozono; fr: ozone; pt: ozônio, ozono; zh: 臭氧",
           1.0, Gate::kAlways);
  m.Entity("pollutant", "CO",
           "en: carbon monoxide; es: monóxido de carbono; fr: monoxyde de carbone; pt: monóxido de carbono; "
           "zh: 一氧化碳",
           1.0, Gate::kAlways);
  m.Entity("pollutant", "CO2",
           "en: CO2, carbon dioxide; es: dióxido de carbono; fr: dioxyde de carbone; pt: dióxido de carbono; "
           "zh: 二氧化碳",
           0.4, Gate::kAlways);
  m.Entity("pollutant", "black carbon",
           "en: black carbon, soot; es: carbono negro, hollín; fr: carbone suie, suie; pt: carbono negro, fuligem; "
           "zh: 黑碳",
           1.0, Gate::kAlways);

  // Topics.
  m.Entity("transport_topic", "road safety",
           "en: road safety, traffic safety, traffic accidents, road accidents, road deaths, safe streets, "
           "safe crossings; es: seguridad vial, accidentes de tránsito, accidentes de tráfico, calles seguras; "
           "fr: sécurité routière, accidents de la route; "
           "pt: segurança rodoviária, segurança viária, acidentes de trânsito, ruas seguras; "
           "zh: 道路安全, 交通安全, 交通事故",
           1.4, Gate::kAlways);
  m.Entity("transport_topic", "congestion",
           "en: traffic congestion, congestion, traffic jams; es: congestión, congestión vehicular, atascos; "
           "fr: embouteillages, congestion; pt: congestionamento*, engarrafamento*; zh: 交通拥堵, 拥堵, 堵车",
           0.2);
  m.Entity("transport_topic", "air quality monitoring",
           "en: air quality monitoring, air quality monitors, monitoring stations, air quality sensors; "
           "es: monitoreo de la calidad del aire, estaciones de monitoreo; "
           "fr: surveillance de la qualité de l'air, stations de mesure; "
           "pt: monitorização da qualidade do ar, monitoramento da qualidade do ar, estações de monitorização, "
           "estações de monitoramento; zh: 空气质量监测, 监测站",
           1.4, Gate::kAlways);
  m.Entity("transport_topic", "low-emission zones",
           "en: low-emission zone*, low emission zone*, clean air zone*, ultra low emission zone*; "
           "es: zonas de bajas emisiones, zona de bajas emisiones; "
           "fr: zones à faibles émissions, zone à faibles émissions, ZFE; "
           "pt: zonas de baixas emissões, zona de baixas emissões; zh: 低排放区",
           1.6, Gate::kAlways);
  m.Entity("transport_topic", "road infrastructure",
           "en: road construction, road infrastructure, road project*, road network; "
           "es: construcción de carreteras, infraestructura vial; "
           "fr: construction de routes, infrastructures routières; "
           "pt: construção de estradas, infraestrutura rodoviária; zh: 道路建设, 修路, 路网",
           1.0);
  m.Entity("transport_topic", "transit-oriented development",
           "en: transit-oriented development, TOD; es: desarrollo orientado al transporte; "
           "fr: urbanisme orienté vers le transport; pt: desenvolvimento orientado ao transporte; "
           "zh: 公共交通导向开发",
           1.4, Gate::kAlways);
  m.Entity("transport_topic", "active mobility",
           "en: active mobility, active travel, non-motorized transport, non-motorised transport; "
           "es: movilidad activa, movilidad no motorizada; fr: mobilité active, mobilités douces; "
           "pt: mobilidade ativa, mobilidade suave; zh: 慢行交通",
           1.4, Gate::kAlways);

  // Names and phrases with the theme's words that are not about it.
  m.Block(
      "en: Metro Manila, metropolitan; "
      "es: un metro de distancia, metro de distancia, metro cuadrado, metros cuadrados; fr: en train de; "
      "pt: metro quadrado, metros quadrados");
  m.Block("en: in transit, transit visa; es: en tránsito");

  // What it counts.
  m.Countable("buses",
              "en: buses, electric buses, e-buses; es: autobuses, buses, autobuses eléctricos; "
              "fr: bus, autobus, bus électriques; pt: ônibus, autocarros; zh: 公交车");
  m.Countable("vehicles",
              "en: vehicles, cars, electric vehicles; es: vehículos, coches; fr: véhicules, voitures; "
              "pt: veículos, carros; zh: 汽车, 车辆");
  m.Countable("passengers",
              "en: passengers, riders, daily trips, trips, journeys; es: pasajeros, viajes diarios; "
              "fr: passagers, voyageurs, déplacements; pt: passageiros, viagens diárias; zh: 乘客, 客流");
  m.Countable("stations", "en: stations, bus stops; es: estaciones; fr: stations, gares; pt: estações; zh: 车站");
  m.Countable("bike lanes",
              "en: bike lanes, cycle lanes, bicycle lanes, cycle paths; es: ciclovías; fr: pistes cyclables; "
              "pt: ciclovias, ciclofaixas; zh: 自行车道");

  // Vocabulary only.
  m.Synonyms("BRT",
             "en: bus rapid transit; es: buses de tránsito rápido; fr: bus à haut niveau de service; "
             "pt: ônibus de trânsito rápido; zh: 快速公交");

  m.Compile();
  return m;
}

}  // namespace

SILKDEX_KIT_PLUGIN("transport", "1.0.0", Build)

/**
 * Debian 12's time zones (tzdata 2025b-0+deb12u2): every name `timedatectl
 * list-timezones` prints, in its order (recorded, fixtures/list-timezones.txt),
 * each with the POSIX TZ rule that ends its TZif file under
 * /usr/share/zoneinfo (`tail -1`), which is the rule glibc applies after the
 * file's last explicit transition. Generated data: regenerate, do not edit.
 */
/** the distinct rules, referred to by index below */
export const TZ_RULES: readonly string[] = [
  "GMT0",
  "EAT-3",
  "CET-1",
  "WAT-1",
  "CAT-2",
  "EET-2EEST,M4.5.5/0,M10.5.4/24",
  "<+01>-1",
  "CET-1CEST,M3.5.0,M10.5.0/3",
  "SAST-2",
  "EET-2",
  "HST10HDT,M3.2.0,M11.1.0",
  "AKST9AKDT,M3.2.0,M11.1.0",
  "AST4",
  "<-03>3",
  "EST5",
  "CST6",
  "<-04>4",
  "<-05>5",
  "MST7MDT,M3.2.0,M11.1.0",
  "CST6CDT,M3.2.0,M11.1.0",
  "MST7",
  "EST5EDT,M3.2.0,M11.1.0",
  "PST8PDT,M3.2.0,M11.1.0",
  "AST4ADT,M3.2.0,M11.1.0",
  "<-02>2<-01>,M3.5.0/-1,M10.5.0/0",
  "CST5CDT,M3.2.0/0,M11.1.0/1",
  "<-03>3<-02>,M3.2.0,M11.1.0",
  "<-02>2",
  "<-04>4<-03>,M9.1.6/24,M4.1.6/24",
  "NST3:30NDT,M3.2.0,M11.1.0",
  "<+08>-8",
  "<+07>-7",
  "<+10>-10",
  "AEST-10AEDT,M10.1.0,M4.1.0/3",
  "<+05>-5",
  "NZST-12NZDT,M9.5.0,M4.1.0/3",
  "<+03>-3",
  "<+00>0<+02>-2,M3.5.0/1,M10.5.0/3",
  "<+12>-12",
  "<+04>-4",
  "EET-2EEST,M3.5.0/0,M10.5.0/0",
  "<+06>-6",
  "IST-5:30",
  "<+09>-9",
  "CST-8",
  "<+0530>-5:30",
  "EET-2EEST,M3.5.0/3,M10.5.0/4",
  "EET-2EEST,M3.4.4/50,M10.4.4/50",
  "HKT-8",
  "WIB-7",
  "WIT-9",
  "IST-2IDT,M3.4.4/26,M10.5.0",
  "<+0430>-4:30",
  "PKT-5",
  "<+0545>-5:45",
  "<+11>-11",
  "WITA-8",
  "PST-8",
  "KST-9",
  "<+0630>-6:30",
  "<+0330>-3:30",
  "JST-9",
  "<-01>1<+00>,M3.5.0/0,M10.5.0/1",
  "WET0WEST,M3.5.0/1,M10.5.0",
  "<-01>1",
  "ACST-9:30ACDT,M10.1.0,M4.1.0/3",
  "AEST-10",
  "ACST-9:30",
  "<+0845>-8:45",
  "<+1030>-10:30<+11>-11,M10.1.0,M4.1.0",
  "AWST-8",
  "<-06>6<-05>,M9.1.6/22,M4.1.6/22",
  "IST-1GMT0,M10.5.0,M3.5.0/1",
  "<-10>10",
  "<-11>11",
  "<-12>12",
  "<-06>6",
  "<-07>7",
  "<-08>8",
  "<-09>9",
  "<+13>-13",
  "<+14>-14",
  "<+02>-2",
  "UTC0",
  "GMT0BST,M3.5.0/1,M10.5.0",
  "EET-2EEST,M3.5.0,M10.5.0/3",
  "MSK-3",
  "<-00>0",
  "HST10",
  "MET-1MEST,M3.5.0,M10.5.0/3",
  "<+1245>-12:45<+1345>,M9.5.0/2:45,M4.1.0/3:45",
  "ChST-10",
  "<-0930>9:30",
  "SST11",
  "<+11>-11<+12>,M10.1.0,M4.1.0/3",
];

/** "Zone index" lines, one per zone, sorted as list-timezones prints them */
export const ZONE_LINES = `Africa/Abidjan 0
Africa/Accra 0
Africa/Addis_Ababa 1
Africa/Algiers 2
Africa/Asmara 1
Africa/Asmera 1
Africa/Bamako 0
Africa/Bangui 3
Africa/Banjul 0
Africa/Bissau 0
Africa/Blantyre 4
Africa/Brazzaville 3
Africa/Bujumbura 4
Africa/Cairo 5
Africa/Casablanca 6
Africa/Ceuta 7
Africa/Conakry 0
Africa/Dakar 0
Africa/Dar_es_Salaam 1
Africa/Djibouti 1
Africa/Douala 3
Africa/El_Aaiun 6
Africa/Freetown 0
Africa/Gaborone 4
Africa/Harare 4
Africa/Johannesburg 8
Africa/Juba 4
Africa/Kampala 1
Africa/Khartoum 4
Africa/Kigali 4
Africa/Kinshasa 3
Africa/Lagos 3
Africa/Libreville 3
Africa/Lome 0
Africa/Luanda 3
Africa/Lubumbashi 4
Africa/Lusaka 4
Africa/Malabo 3
Africa/Maputo 4
Africa/Maseru 8
Africa/Mbabane 8
Africa/Mogadishu 1
Africa/Monrovia 0
Africa/Nairobi 1
Africa/Ndjamena 3
Africa/Niamey 3
Africa/Nouakchott 0
Africa/Ouagadougou 0
Africa/Porto-Novo 3
Africa/Sao_Tome 0
Africa/Timbuktu 0
Africa/Tripoli 9
Africa/Tunis 2
Africa/Windhoek 4
America/Adak 10
America/Anchorage 11
America/Anguilla 12
America/Antigua 12
America/Araguaina 13
America/Argentina/Buenos_Aires 13
America/Argentina/Catamarca 13
America/Argentina/ComodRivadavia 13
America/Argentina/Cordoba 13
America/Argentina/Jujuy 13
America/Argentina/La_Rioja 13
America/Argentina/Mendoza 13
America/Argentina/Rio_Gallegos 13
America/Argentina/Salta 13
America/Argentina/San_Juan 13
America/Argentina/San_Luis 13
America/Argentina/Tucuman 13
America/Argentina/Ushuaia 13
America/Aruba 12
America/Asuncion 13
America/Atikokan 14
America/Atka 10
America/Bahia 13
America/Bahia_Banderas 15
America/Barbados 12
America/Belem 13
America/Belize 15
America/Blanc-Sablon 12
America/Boa_Vista 16
America/Bogota 17
America/Boise 18
America/Buenos_Aires 13
America/Cambridge_Bay 18
America/Campo_Grande 16
America/Cancun 14
America/Caracas 16
America/Catamarca 13
America/Cayenne 13
America/Cayman 14
America/Chicago 19
America/Chihuahua 15
America/Ciudad_Juarez 18
America/Coral_Harbour 14
America/Cordoba 13
America/Costa_Rica 15
America/Coyhaique 13
America/Creston 20
America/Cuiaba 16
America/Curacao 12
America/Danmarkshavn 0
America/Dawson 20
America/Dawson_Creek 20
America/Denver 18
America/Detroit 21
America/Dominica 12
America/Edmonton 18
America/Eirunepe 17
America/El_Salvador 15
America/Ensenada 22
America/Fort_Nelson 20
America/Fort_Wayne 21
America/Fortaleza 13
America/Glace_Bay 23
America/Godthab 24
America/Goose_Bay 23
America/Grand_Turk 21
America/Grenada 12
America/Guadeloupe 12
America/Guatemala 15
America/Guayaquil 17
America/Guyana 16
America/Halifax 23
America/Havana 25
America/Hermosillo 20
America/Indiana/Indianapolis 21
America/Indiana/Knox 19
America/Indiana/Marengo 21
America/Indiana/Petersburg 21
America/Indiana/Tell_City 19
America/Indiana/Vevay 21
America/Indiana/Vincennes 21
America/Indiana/Winamac 21
America/Indianapolis 21
America/Inuvik 18
America/Iqaluit 21
America/Jamaica 14
America/Jujuy 13
America/Juneau 11
America/Kentucky/Louisville 21
America/Kentucky/Monticello 21
America/Knox_IN 19
America/Kralendijk 12
America/La_Paz 16
America/Lima 17
America/Los_Angeles 22
America/Louisville 21
America/Lower_Princes 12
America/Maceio 13
America/Managua 15
America/Manaus 16
America/Marigot 12
America/Martinique 12
America/Matamoros 19
America/Mazatlan 20
America/Mendoza 13
America/Menominee 19
America/Merida 15
America/Metlakatla 11
America/Mexico_City 15
America/Miquelon 26
America/Moncton 23
America/Monterrey 15
America/Montevideo 13
America/Montreal 21
America/Montserrat 12
America/Nassau 21
America/New_York 21
America/Nipigon 21
America/Nome 11
America/Noronha 27
America/North_Dakota/Beulah 19
America/North_Dakota/Center 19
America/North_Dakota/New_Salem 19
America/Nuuk 24
America/Ojinaga 19
America/Panama 14
America/Pangnirtung 21
America/Paramaribo 13
America/Phoenix 20
America/Port-au-Prince 21
America/Port_of_Spain 12
America/Porto_Acre 17
America/Porto_Velho 16
America/Puerto_Rico 12
America/Punta_Arenas 13
America/Rainy_River 19
America/Rankin_Inlet 19
America/Recife 13
America/Regina 15
America/Resolute 19
America/Rio_Branco 17
America/Rosario 13
America/Santa_Isabel 22
America/Santarem 13
America/Santiago 28
America/Santo_Domingo 12
America/Sao_Paulo 13
America/Scoresbysund 24
America/Shiprock 18
America/Sitka 11
America/St_Barthelemy 12
America/St_Johns 29
America/St_Kitts 12
America/St_Lucia 12
America/St_Thomas 12
America/St_Vincent 12
America/Swift_Current 15
America/Tegucigalpa 15
America/Thule 23
America/Thunder_Bay 21
America/Tijuana 22
America/Toronto 21
America/Tortola 12
America/Vancouver 22
America/Virgin 12
America/Whitehorse 20
America/Winnipeg 19
America/Yakutat 11
America/Yellowknife 18
Antarctica/Casey 30
Antarctica/Davis 31
Antarctica/DumontDUrville 32
Antarctica/Macquarie 33
Antarctica/Mawson 34
Antarctica/McMurdo 35
Antarctica/Palmer 13
Antarctica/Rothera 13
Antarctica/South_Pole 35
Antarctica/Syowa 36
Antarctica/Troll 37
Antarctica/Vostok 34
Arctic/Longyearbyen 7
Asia/Aden 36
Asia/Almaty 34
Asia/Amman 36
Asia/Anadyr 38
Asia/Aqtau 34
Asia/Aqtobe 34
Asia/Ashgabat 34
Asia/Ashkhabad 34
Asia/Atyrau 34
Asia/Baghdad 36
Asia/Bahrain 36
Asia/Baku 39
Asia/Bangkok 31
Asia/Barnaul 31
Asia/Beirut 40
Asia/Bishkek 41
Asia/Brunei 30
Asia/Calcutta 42
Asia/Chita 43
Asia/Choibalsan 30
Asia/Chongqing 44
Asia/Chungking 44
Asia/Colombo 45
Asia/Dacca 41
Asia/Damascus 36
Asia/Dhaka 41
Asia/Dili 43
Asia/Dubai 39
Asia/Dushanbe 34
Asia/Famagusta 46
Asia/Gaza 47
Asia/Harbin 44
Asia/Hebron 47
Asia/Ho_Chi_Minh 31
Asia/Hong_Kong 48
Asia/Hovd 31
Asia/Irkutsk 30
Asia/Istanbul 36
Asia/Jakarta 49
Asia/Jayapura 50
Asia/Jerusalem 51
Asia/Kabul 52
Asia/Kamchatka 38
Asia/Karachi 53
Asia/Kashgar 41
Asia/Kathmandu 54
Asia/Katmandu 54
Asia/Khandyga 43
Asia/Kolkata 42
Asia/Krasnoyarsk 31
Asia/Kuala_Lumpur 30
Asia/Kuching 30
Asia/Kuwait 36
Asia/Macao 44
Asia/Macau 44
Asia/Magadan 55
Asia/Makassar 56
Asia/Manila 57
Asia/Muscat 39
Asia/Nicosia 46
Asia/Novokuznetsk 31
Asia/Novosibirsk 31
Asia/Omsk 41
Asia/Oral 34
Asia/Phnom_Penh 31
Asia/Pontianak 49
Asia/Pyongyang 58
Asia/Qatar 36
Asia/Qostanay 34
Asia/Qyzylorda 34
Asia/Rangoon 59
Asia/Riyadh 36
Asia/Saigon 31
Asia/Sakhalin 55
Asia/Samarkand 34
Asia/Seoul 58
Asia/Shanghai 44
Asia/Singapore 30
Asia/Srednekolymsk 55
Asia/Taipei 44
Asia/Tashkent 34
Asia/Tbilisi 39
Asia/Tehran 60
Asia/Tel_Aviv 51
Asia/Thimbu 41
Asia/Thimphu 41
Asia/Tokyo 61
Asia/Tomsk 31
Asia/Ujung_Pandang 56
Asia/Ulaanbaatar 30
Asia/Ulan_Bator 30
Asia/Urumqi 41
Asia/Ust-Nera 32
Asia/Vientiane 31
Asia/Vladivostok 32
Asia/Yakutsk 43
Asia/Yangon 59
Asia/Yekaterinburg 34
Asia/Yerevan 39
Atlantic/Azores 62
Atlantic/Bermuda 23
Atlantic/Canary 63
Atlantic/Cape_Verde 64
Atlantic/Faeroe 63
Atlantic/Faroe 63
Atlantic/Jan_Mayen 7
Atlantic/Madeira 63
Atlantic/Reykjavik 0
Atlantic/South_Georgia 27
Atlantic/St_Helena 0
Atlantic/Stanley 13
Australia/ACT 33
Australia/Adelaide 65
Australia/Brisbane 66
Australia/Broken_Hill 65
Australia/Canberra 33
Australia/Currie 33
Australia/Darwin 67
Australia/Eucla 68
Australia/Hobart 33
Australia/LHI 69
Australia/Lindeman 66
Australia/Lord_Howe 69
Australia/Melbourne 33
Australia/NSW 33
Australia/North 67
Australia/Perth 70
Australia/Queensland 66
Australia/South 65
Australia/Sydney 33
Australia/Tasmania 33
Australia/Victoria 33
Australia/West 70
Australia/Yancowinna 65
Brazil/Acre 17
Brazil/DeNoronha 27
Brazil/East 13
Brazil/West 16
CET 7
CST6CDT 19
Canada/Atlantic 23
Canada/Central 19
Canada/Eastern 21
Canada/Mountain 18
Canada/Newfoundland 29
Canada/Pacific 22
Canada/Saskatchewan 15
Canada/Yukon 20
Chile/Continental 28
Chile/EasterIsland 71
Cuba 25
EET 46
EST 14
EST5EDT 21
Egypt 5
Eire 72
Etc/GMT 0
Etc/GMT+0 0
Etc/GMT+1 64
Etc/GMT+10 73
Etc/GMT+11 74
Etc/GMT+12 75
Etc/GMT+2 27
Etc/GMT+3 13
Etc/GMT+4 16
Etc/GMT+5 17
Etc/GMT+6 76
Etc/GMT+7 77
Etc/GMT+8 78
Etc/GMT+9 79
Etc/GMT-0 0
Etc/GMT-1 6
Etc/GMT-10 32
Etc/GMT-11 55
Etc/GMT-12 38
Etc/GMT-13 80
Etc/GMT-14 81
Etc/GMT-2 82
Etc/GMT-3 36
Etc/GMT-4 39
Etc/GMT-5 34
Etc/GMT-6 41
Etc/GMT-7 31
Etc/GMT-8 30
Etc/GMT-9 43
Etc/GMT0 0
Etc/Greenwich 0
Etc/UCT 83
Etc/UTC 83
Etc/Universal 83
Etc/Zulu 83
Europe/Amsterdam 7
Europe/Andorra 7
Europe/Astrakhan 39
Europe/Athens 46
Europe/Belfast 84
Europe/Belgrade 7
Europe/Berlin 7
Europe/Bratislava 7
Europe/Brussels 7
Europe/Bucharest 46
Europe/Budapest 7
Europe/Busingen 7
Europe/Chisinau 85
Europe/Copenhagen 7
Europe/Dublin 72
Europe/Gibraltar 7
Europe/Guernsey 84
Europe/Helsinki 46
Europe/Isle_of_Man 84
Europe/Istanbul 36
Europe/Jersey 84
Europe/Kaliningrad 9
Europe/Kiev 46
Europe/Kirov 86
Europe/Kyiv 46
Europe/Lisbon 63
Europe/Ljubljana 7
Europe/London 84
Europe/Luxembourg 7
Europe/Madrid 7
Europe/Malta 7
Europe/Mariehamn 46
Europe/Minsk 36
Europe/Monaco 7
Europe/Moscow 86
Europe/Nicosia 46
Europe/Oslo 7
Europe/Paris 7
Europe/Podgorica 7
Europe/Prague 7
Europe/Riga 46
Europe/Rome 7
Europe/Samara 39
Europe/San_Marino 7
Europe/Sarajevo 7
Europe/Saratov 39
Europe/Simferopol 86
Europe/Skopje 7
Europe/Sofia 46
Europe/Stockholm 7
Europe/Tallinn 46
Europe/Tirane 7
Europe/Tiraspol 85
Europe/Ulyanovsk 39
Europe/Uzhgorod 46
Europe/Vaduz 7
Europe/Vatican 7
Europe/Vienna 7
Europe/Vilnius 46
Europe/Volgograd 86
Europe/Warsaw 7
Europe/Zagreb 7
Europe/Zaporozhye 46
Europe/Zurich 7
Factory 87
GB 84
GB-Eire 84
GMT 0
GMT+0 0
GMT-0 0
GMT0 0
Greenwich 0
HST 88
Hongkong 48
Iceland 0
Indian/Antananarivo 1
Indian/Chagos 41
Indian/Christmas 31
Indian/Cocos 59
Indian/Comoro 1
Indian/Kerguelen 34
Indian/Mahe 39
Indian/Maldives 34
Indian/Mauritius 39
Indian/Mayotte 1
Indian/Reunion 39
Iran 60
Israel 51
Jamaica 14
Japan 61
Kwajalein 38
Libya 9
MET 89
MST 20
MST7MDT 18
Mexico/BajaNorte 22
Mexico/BajaSur 20
Mexico/General 15
NZ 35
NZ-CHAT 90
Navajo 18
PRC 44
PST8PDT 22
Pacific/Apia 80
Pacific/Auckland 35
Pacific/Bougainville 55
Pacific/Chatham 90
Pacific/Chuuk 32
Pacific/Easter 71
Pacific/Efate 55
Pacific/Enderbury 80
Pacific/Fakaofo 80
Pacific/Fiji 38
Pacific/Funafuti 38
Pacific/Galapagos 76
Pacific/Gambier 79
Pacific/Guadalcanal 55
Pacific/Guam 91
Pacific/Honolulu 88
Pacific/Johnston 88
Pacific/Kanton 80
Pacific/Kiritimati 81
Pacific/Kosrae 55
Pacific/Kwajalein 38
Pacific/Majuro 38
Pacific/Marquesas 92
Pacific/Midway 93
Pacific/Nauru 38
Pacific/Niue 74
Pacific/Norfolk 94
Pacific/Noumea 55
Pacific/Pago_Pago 93
Pacific/Palau 43
Pacific/Pitcairn 78
Pacific/Pohnpei 55
Pacific/Ponape 55
Pacific/Port_Moresby 32
Pacific/Rarotonga 73
Pacific/Saipan 91
Pacific/Samoa 93
Pacific/Tahiti 73
Pacific/Tarawa 38
Pacific/Tongatapu 80
Pacific/Truk 32
Pacific/Wake 38
Pacific/Wallis 38
Pacific/Yap 32
Poland 7
Portugal 63
ROC 44
ROK 58
Singapore 30
Turkey 36
UCT 83
US/Alaska 11
US/Aleutian 10
US/Arizona 20
US/Central 19
US/East-Indiana 21
US/Eastern 21
US/Hawaii 88
US/Indiana-Starke 19
US/Michigan 21
US/Mountain 18
US/Pacific 22
US/Samoa 93
UTC 83
Universal 83
W-SU 86
WET 63
Zulu 83`;

/**
 * What Debian 12's tzdata (2025b-0+deb12u2) installs under /usr/share/zoneinfo,
 * recorded from `find /usr/share/zoneinfo` (fixtures/zoneinfo-ls.txt, made by
 * fixtures/record-zoneinfo.sh): one entry a line, "KIND PATH ...", KIND's
 * first letter the type and second the date class (zoneinfo.ts):
 *   z PATH SIZE ISUTCCNT,ISSTDCNT,LEAPCNT,TIMECNT,TYPECNT,CHARCNT [VERSION]
 *     a TZif file, its size and its first header's counts (version 2 unless given)
 *   t PATH SIZE   a text file (zone.tab, tzdata.zi ...)
 *   l PATH TARGET a symbolic link
 * Directories are those the paths name. Generated data: regenerate, do not edit.
 */
export const ZONEINFO_TABLE = `za Africa/Abidjan 148 0,0,0,1,2,8
za Africa/Accra 1060 0,0,0,61,6,20
za Africa/Addis_Ababa 185 0,0,0,2,3,13
za Africa/Algiers 735 0,8,0,34,8,26
za Africa/Asmara 204 0,0,0,2,3,13
la Africa/Asmera Nairobi
za Africa/Bamako 208 0,0,0,3,4,12
za Africa/Bangui 149 0,0,0,1,2,8
za Africa/Banjul 216 0,0,0,3,4,16
za Africa/Bissau 194 3,3,0,2,3,12
za Africa/Blantyre 209 0,0,0,3,4,12
za Africa/Brazzaville 149 0,0,0,1,2,8
za Africa/Bujumbura 149 0,0,0,1,2,8
za Africa/Cairo 2399 0,4,0,157,4,13
za Africa/Casablanca 2429 0,0,0,95,5,12
za Africa/Ceuta 2052 8,8,0,126,8,22
za Africa/Conakry 208 0,0,0,3,4,12
za Africa/Dakar 182 0,0,0,2,3,12
za Africa/Dar_es_Salaam 213 0,0,0,3,4,14
za Africa/Djibouti 149 0,0,0,1,2,8
za Africa/Douala 149 0,0,0,1,2,8
za Africa/El_Aaiun 2295 0,0,0,84,6,16
za Africa/Freetown 464 0,0,0,19,5,22
za Africa/Gaborone 235 0,0,0,4,4,18
za Africa/Harare 149 0,0,0,1,2,8
za Africa/Johannesburg 246 0,0,0,6,4,9
za Africa/Juba 679 0,0,0,35,5,17
za Africa/Kampala 251 0,0,0,4,5,20
za Africa/Khartoum 679 0,0,0,35,5,17
za Africa/Kigali 149 0,0,0,1,2,8
za Africa/Kinshasa 149 0,0,0,1,2,8
za Africa/Lagos 235 0,0,0,4,4,18
za Africa/Libreville 149 0,0,0,1,2,8
za Africa/Lome 148 0,0,0,1,2,8
za Africa/Luanda 187 3,3,0,2,3,8
za Africa/Lubumbashi 183 0,0,0,2,3,12
za Africa/Lusaka 149 0,0,0,1,2,8
za Africa/Malabo 183 0,0,0,2,3,12
za Africa/Maputo 149 0,0,0,1,2,8
za Africa/Maseru 192 0,0,0,3,3,9
za Africa/Mbabane 152 0,0,0,1,2,9
za Africa/Mogadishu 213 0,0,0,3,4,14
za Africa/Monrovia 208 0,0,0,3,4,12
za Africa/Nairobi 265 0,0,0,5,5,20
za Africa/Ndjamena 199 0,0,0,3,3,13
za Africa/Niamey 217 0,0,0,3,4,16
za Africa/Nouakchott 208 0,0,0,3,4,12
za Africa/Ouagadougou 148 0,0,0,1,2,8
za Africa/Porto-Novo 183 0,0,0,2,3,12
za Africa/Sao_Tome 254 5,5,0,4,5,12
la Africa/Timbuktu Abidjan
za Africa/Tripoli 625 0,0,0,32,4,17
za Africa/Tunis 689 0,6,0,34,6,17
za Africa/Windhoek 955 0,0,0,53,6,23
za America/Adak 2356 9,9,0,144,9,33
za America/Anchorage 2371 9,9,0,144,9,40
za America/Anguilla 148 0,0,0,1,2,8
za America/Antigua 182 0,0,0,2,3,12
za America/Araguaina 884 0,0,0,52,3,12
za America/Argentina/Buenos_Aires 1076 0,0,0,62,6,20
za America/Argentina/Catamarca 1076 0,0,0,62,6,20
la America/Argentina/ComodRivadavia Catamarca
za America/Argentina/Cordoba 1076 0,0,0,62,6,20
za America/Argentina/Jujuy 1048 0,0,0,60,6,20
za America/Argentina/La_Rioja 1090 0,0,0,63,6,20
za America/Argentina/Mendoza 1076 0,0,0,62,6,20
za America/Argentina/Rio_Gallegos 1076 0,0,0,62,6,20
za America/Argentina/Salta 1048 0,0,0,60,6,20
za America/Argentina/San_Juan 1090 0,0,0,63,6,20
za America/Argentina/San_Luis 1102 0,0,0,63,7,20
za America/Argentina/Tucuman 1104 0,0,0,64,6,20
za America/Argentina/Ushuaia 1076 0,0,0,62,6,20
za America/Aruba 186 0,0,0,2,3,14
za America/Asuncion 1658 0,0,0,105,5,16
za America/Atikokan 336 6,6,0,7,6,24
la America/Atka Adak
za America/Bahia 1024 0,0,0,62,3,12
za America/Bahia_Banderas 1100 7,7,0,61,7,20
za America/Barbados 436 6,6,0,15,6,18
za America/Belem 576 0,0,0,30,3,12
za America/Belize 1614 6,6,0,98,6,26
za America/Blanc-Sablon 298 5,5,0,6,5,20
za America/Boa_Vista 632 0,0,0,34,3,12
za America/Bogota 246 0,0,0,5,4,16
za America/Boise 2410 8,8,0,151,8,28
la America/Buenos_Aires Argentina/Buenos_Aires
za America/Cambridge_Bay 2254 10,10,0,137,10,32
za America/Campo_Grande 1444 0,0,0,92,3,12
za America/Cancun 864 8,8,0,43,8,20
za America/Caracas 264 0,0,0,6,4,18
la America/Catamarca Argentina/Catamarca
za America/Cayenne 198 0,0,0,3,3,12
za America/Cayman 182 0,0,0,2,3,12
za America/Chicago 3592 8,8,0,236,8,24
za America/Chihuahua 1102 8,8,0,60,8,20
za America/Ciudad_Juarez 1538 7,7,0,91,7,20
la America/Coral_Harbour Panama
la America/Cordoba Argentina/Cordoba
za America/Costa_Rica 316 0,0,0,10,4,17
za America/Coyhaique 2140 8,8,0,134,8,20
za America/Creston 208 0,0,0,3,4,12
za America/Cuiaba 1416 0,0,0,90,3,12
za America/Curacao 186 0,0,0,2,3,14
za America/Danmarkshavn 698 6,6,0,34,6,16
za America/Dawson 1614 9,9,0,93,9,37
za America/Dawson_Creek 1050 6,6,0,58,6,24
za America/Denver 2460 6,6,0,158,6,20
za America/Detroit 2230 6,6,0,141,6,24
za America/Dominica 148 0,0,0,1,2,8
za America/Edmonton 2332 5,5,0,150,5,20
za America/Eirunepe 656 0,0,0,34,5,12
za America/El_Salvador 224 0,0,0,5,3,12
la America/Ensenada Tijuana
za America/Fort_Nelson 2240 6,6,0,143,6,24
la America/Fort_Wayne Indiana/Indianapolis
za America/Fortaleza 716 0,0,0,40,3,12
za America/Glace_Bay 2192 5,5,0,140,5,20
la America/Godthab Nuuk
za America/Goose_Bay 3210 11,11,0,204,11,33
za America/Grand_Turk 1834 0,0,0,115,6,20
za America/Grenada 148 0,0,0,1,2,8
za America/Guadeloupe 148 0,0,0,1,2,8
za America/Guatemala 280 0,0,0,9,3,12
za America/Guayaquil 246 0,0,0,5,4,16
za America/Guyana 262 0,0,0,5,5,18
za America/Halifax 3424 5,5,0,228,5,20
za America/Havana 2416 0,6,0,156,6,16
za America/Hermosillo 388 5,5,0,13,5,16
za America/Indiana/Indianapolis 1682 8,8,0,99,8,28
za America/Indiana/Knox 2444 8,8,0,154,8,24
za America/Indiana/Marengo 1738 8,8,0,103,8,28
za America/Indiana/Petersburg 1920 8,8,0,116,8,28
za America/Indiana/Tell_City 1700 10,10,0,98,10,28
za America/Indiana/Vevay 1430 8,8,0,81,8,28
za America/Indiana/Vincennes 1710 8,8,0,101,8,28
za America/Indiana/Winamac 1794 8,8,0,107,8,28
la America/Indianapolis Indiana/Indianapolis
za America/Inuvik 2074 0,0,0,133,5,20
za America/Iqaluit 2202 9,9,0,135,9,28
za America/Jamaica 482 0,0,0,22,4,16
la America/Jujuy Argentina/Jujuy
za America/Juneau 2353 9,9,0,143,9,38
za America/Kentucky/Louisville 2788 8,8,0,178,8,28
za America/Kentucky/Monticello 2368 8,8,0,148,8,28
la America/Knox_IN Indiana/Knox
la America/Kralendijk Puerto_Rico
za America/La_Paz 232 0,0,0,4,4,16
za America/Lima 406 0,0,0,17,4,12
za America/Los_Angeles 2852 6,6,0,186,6,20
la America/Louisville Kentucky/Louisville
la America/Lower_Princes Puerto_Rico
za America/Maceio 744 0,0,0,42,3,12
za America/Managua 430 0,0,0,16,6,20
za America/Manaus 604 0,0,0,32,3,12
la America/Marigot Puerto_Rico
za America/Martinique 232 0,0,0,4,4,17
za America/Matamoros 1418 4,4,0,87,4,12
za America/Mazatlan 1060 5,5,0,61,5,16
la America/Mendoza Argentina/Mendoza
za America/Menominee 2274 7,7,0,143,7,24
za America/Merida 1004 5,5,0,57,5,16
za America/Metlakatla 1423 7,7,0,80,7,30
za America/Mexico_City 1222 8,8,0,68,8,24
za America/Miquelon 1666 0,0,0,105,4,16
za America/Moncton 3154 6,6,0,207,6,24
za America/Monterrey 1114 7,7,0,62,7,20
za America/Montevideo 1510 0,0,0,87,10,38
la America/Montreal Toronto
za America/Montserrat 148 0,0,0,1,2,8
za America/Nassau 2388 5,5,0,154,5,20
za America/New_York 3552 6,6,0,236,6,20
la America/Nipigon Toronto
za America/Nome 2367 9,9,0,144,9,38
za America/Noronha 716 0,0,0,40,3,12
za America/North_Dakota/Beulah 2396 8,8,0,150,8,28
za America/North_Dakota/Center 2396 8,8,0,150,8,28
za America/North_Dakota/New_Salem 2396 8,8,0,150,8,28
za America/Nuuk 1903 7,7,0,117,7,16 3
za America/Ojinaga 1524 7,7,0,90,7,20
za America/Panama 182 0,0,0,2,3,12
la America/Pangnirtung Iqaluit
za America/Paramaribo 262 0,0,0,5,5,18
za America/Phoenix 360 5,5,0,11,5,16
za America/Port-au-Prince 1434 0,6,0,86,6,17
za America/Port_of_Spain 148 0,0,0,1,2,8
la America/Porto_Acre Rio_Branco
za America/Porto_Velho 576 0,0,0,30,3,12
za America/Puerto_Rico 246 4,4,0,4,4,16
za America/Punta_Arenas 1916 8,8,0,118,8,20
la America/Rainy_River Winnipeg
za America/Rankin_Inlet 2066 0,0,0,133,5,16
za America/Recife 716 0,0,0,40,3,12
za America/Regina 980 6,6,0,53,6,24
za America/Resolute 2066 0,0,0,133,5,16
za America/Rio_Branco 628 0,0,0,32,5,12
la America/Rosario Argentina/Cordoba
la America/Santa_Isabel Tijuana
za America/Santarem 602 0,0,0,31,4,12
za America/Santiago 2529 8,8,0,160,8,20 3
za America/Santo_Domingo 458 0,0,0,17,6,27
za America/Sao_Paulo 1444 0,0,0,92,3,12
za America/Scoresbysund 1949 9,9,0,118,9,16 3
la America/Shiprock Denver
za America/Sitka 2329 8,8,0,143,8,34
la America/St_Barthelemy Puerto_Rico
za America/St_Johns 3655 9,9,0,239,9,25
za America/St_Kitts 148 0,0,0,1,2,8
za America/St_Lucia 182 0,0,0,2,3,12
za America/St_Thomas 148 0,0,0,1,2,8
za America/St_Vincent 182 0,0,0,2,3,12
za America/Swift_Current 560 6,6,0,23,6,24
za America/Tegucigalpa 252 0,0,0,7,3,12
za America/Thule 1502 0,0,0,95,3,12
la America/Thunder_Bay Toronto
za America/Tijuana 2458 8,8,0,155,8,24
za America/Toronto 3494 5,5,0,233,5,20
za America/Tortola 148 0,0,0,1,2,8
za America/Vancouver 2892 5,5,0,190,5,20
la America/Virgin Puerto_Rico
za America/Whitehorse 1614 9,9,0,93,9,37
za America/Winnipeg 2868 7,7,0,186,7,20
za America/Yakutat 2305 7,7,0,143,7,30
la America/Yellowknife Edmonton
za Antarctica/Casey 437 4,4,0,18,4,12
za Antarctica/Davis 297 4,4,0,8,4,12
za Antarctica/DumontDUrville 194 0,0,0,4,2,8
za Antarctica/Macquarie 2260 0,7,0,144,7,14
za Antarctica/Mawson 199 0,0,0,3,3,12
za Antarctica/McMurdo 1993 0,4,0,128,4,14
za Antarctica/Palmer 1418 8,8,0,83,8,16
za Antarctica/Rothera 164 0,0,0,2,2,8
la Antarctica/South_Pole ../Pacific/Auckland
za Antarctica/Syowa 165 0,0,0,2,2,8
za Antarctica/Troll 1162 4,4,0,68,4,12
za Antarctica/Vostok 227 0,0,0,5,3,12
la Arctic/Longyearbyen ../Europe/Berlin
za Asia/Aden 165 0,0,0,2,2,8
za Asia/Almaty 997 0,9,0,53,9,16
za Asia/Amman 1447 0,6,0,88,6,17
za Asia/Anadyr 1188 0,10,0,65,10,20
za Asia/Aqtau 983 0,10,0,51,10,16
za Asia/Aqtobe 1011 0,11,0,52,11,16
za Asia/Ashgabat 619 0,9,0,26,9,16
la Asia/Ashkhabad Ashgabat
za Asia/Atyrau 991 0,10,0,51,10,20
za Asia/Baghdad 983 0,6,0,55,6,16
za Asia/Bahrain 237 0,0,0,4,4,18
za Asia/Baku 1227 10,10,0,67,10,16
za Asia/Bangkok 199 0,0,0,3,3,12
za Asia/Barnaul 1221 0,10,0,68,10,16
za Asia/Beirut 2154 0,0,0,141,3,13
za Asia/Bishkek 983 0,8,0,53,8,16
za Asia/Brunei 203 0,0,0,3,3,14
la Asia/Calcutta Kolkata
za Asia/Chita 1221 0,11,0,67,11,16
la Asia/Choibalsan Ulaanbaatar
la Asia/Chongqing Shanghai
la Asia/Chungking Shanghai
za Asia/Colombo 372 0,0,0,9,8,24
la Asia/Dacca Dhaka
za Asia/Damascus 1887 0,0,0,122,4,17
za Asia/Dhaka 337 0,0,0,8,6,28
za Asia/Dili 271 5,5,0,5,5,12
za Asia/Dubai 165 0,0,0,2,2,8
za Asia/Dushanbe 591 0,8,0,25,8,16
za Asia/Famagusta 2028 7,7,0,126,7,17
za Asia/Gaza 3844 10,10,0,150,10,21 3
la Asia/Harbin Shanghai
za Asia/Hebron 3872 10,10,0,152,10,21 3
za Asia/Ho_Chi_Minh 351 0,0,0,10,6,21
za Asia/Hong_Kong 1233 8,8,0,69,8,22
za Asia/Hovd 891 0,0,0,51,4,16
za Asia/Irkutsk 1243 0,12,0,67,12,20
la Asia/Istanbul ../Europe/Istanbul
za Asia/Jakarta 383 7,7,0,8,7,32
za Asia/Jayapura 221 0,0,0,3,4,18
za Asia/Jerusalem 2388 9,9,0,149,9,21 3
za Asia/Kabul 208 0,0,0,3,3,14
za Asia/Kamchatka 1166 0,9,0,65,9,16
za Asia/Karachi 379 0,0,0,11,6,29
la Asia/Kashgar Urumqi
za Asia/Kathmandu 212 0,0,0,3,3,16
la Asia/Katmandu Kathmandu
za Asia/Khandyga 1271 0,13,0,68,13,20
za Asia/Kolkata 285 0,0,0,6,4,18
za Asia/Krasnoyarsk 1207 0,11,0,66,11,16
za Asia/Kuala_Lumpur 415 8,8,0,9,8,32
za Asia/Kuching 483 0,0,0,19,6,24
za Asia/Kuwait 165 0,0,0,2,2,8
la Asia/Macao Macau
za Asia/Macau 1227 0,7,0,71,7,20
za Asia/Magadan 1222 0,11,0,67,11,16
za Asia/Makassar 254 0,0,0,4,5,21
za Asia/Manila 422 6,6,0,13,6,16
za Asia/Muscat 165 0,0,0,2,2,8
za Asia/Nicosia 2002 5,5,0,127,5,13
za Asia/Novokuznetsk 1165 0,9,0,65,9,16
za Asia/Novosibirsk 1221 0,10,0,68,10,16
za Asia/Omsk 1207 0,11,0,66,11,16
za Asia/Oral 1005 0,10,0,52,10,20
za Asia/Phnom_Penh 295 0,0,0,6,6,21
za Asia/Pontianak 353 0,0,0,8,7,31
za Asia/Pyongyang 237 0,0,0,5,4,12
za Asia/Qatar 199 0,0,0,3,3,12
za Asia/Qostanay 1039 0,12,0,53,12,16
za Asia/Qyzylorda 1025 0,11,0,53,11,16
la Asia/Rangoon Yangon
za Asia/Riyadh 165 0,0,0,2,2,8
la Asia/Saigon Ho_Chi_Minh
za Asia/Sakhalin 1202 0,9,0,67,9,20
za Asia/Samarkand 577 0,7,0,25,7,16
za Asia/Seoul 617 0,0,0,29,7,16
za Asia/Shanghai 561 0,0,0,29,3,12
za Asia/Singapore 415 8,8,0,9,8,32
za Asia/Srednekolymsk 1208 0,11,0,66,11,16
za Asia/Taipei 761 0,0,0,41,5,16
za Asia/Tashkent 591 0,8,0,25,8,16
za Asia/Tbilisi 1035 0,11,0,53,11,21
za Asia/Tehran 1262 0,0,0,72,8,28
la Asia/Tel_Aviv Jerusalem
la Asia/Thimbu Thimphu
za Asia/Thimphu 203 0,0,0,3,3,14
za Asia/Tokyo 309 4,4,0,9,4,12
za Asia/Tomsk 1221 0,10,0,68,10,16
la Asia/Ujung_Pandang Makassar
za Asia/Ulaanbaatar 891 0,0,0,51,4,16
la Asia/Ulan_Bator Ulaanbaatar
za Asia/Urumqi 165 0,0,0,2,2,8
za Asia/Ust-Nera 1252 0,12,0,67,12,24
za Asia/Vientiane 323 0,0,0,8,6,21
za Asia/Vladivostok 1208 0,11,0,66,11,16
za Asia/Yakutsk 1207 0,11,0,66,11,16
za Asia/Yangon 268 0,0,0,5,5,18
za Asia/Yekaterinburg 1243 0,12,0,67,12,20
za Asia/Yerevan 1151 0,10,0,63,10,16
za Atlantic/Azores 3456 15,15,0,217,15,29
za Atlantic/Bermuda 2396 0,0,0,156,5,20
za Atlantic/Canary 1897 6,6,0,118,6,17
za Atlantic/Cape_Verde 270 5,5,0,5,5,12
la Atlantic/Faeroe Faroe
za Atlantic/Faroe 1815 4,4,0,115,4,13
la Atlantic/Jan_Mayen ../Europe/Berlin
za Atlantic/Madeira 3377 13,13,0,214,13,29
za Atlantic/Reykjavik 1162 0,6,0,68,6,16
za Atlantic/South_Georgia 164 0,0,0,2,2,8
za Atlantic/St_Helena 182 0,0,0,2,3,12
za Atlantic/Stanley 1214 0,0,0,71,7,20
la Australia/ACT Sydney
za Australia/Adelaide 2208 0,4,0,142,4,14
za Australia/Brisbane 419 0,4,0,17,4,14
za Australia/Broken_Hill 2229 0,4,0,142,4,14
la Australia/Canberra Sydney
la Australia/Currie Hobart
za Australia/Darwin 325 0,4,0,9,4,14
za Australia/Eucla 470 0,4,0,20,4,16
za Australia/Hobart 2358 0,4,0,154,4,14
la Australia/LHI Lord_Howe
za Australia/Lindeman 475 0,4,0,21,4,14
za Australia/Lord_Howe 1860 0,0,0,116,5,25
za Australia/Melbourne 2190 0,4,0,142,4,14
la Australia/NSW Sydney
la Australia/North Darwin
za Australia/Perth 446 0,4,0,19,4,14
la Australia/Queensland Brisbane
la Australia/South Adelaide
za Australia/Sydney 2190 0,4,0,142,4,14
la Australia/Tasmania Hobart
la Australia/Victoria Melbourne
la Australia/West Perth
la Australia/Yancowinna Broken_Hill
la Brazil/Acre ../America/Rio_Branco
la Brazil/DeNoronha ../America/Noronha
la Brazil/East ../America/Sao_Paulo
la Brazil/West ../America/Manaus
za CET 2094 0,4,0,136,4,9
za CST6CDT 2310 5,5,0,149,5,16
la Canada/Atlantic ../America/Halifax
la Canada/Central ../America/Winnipeg
la Canada/Eastern ../America/Toronto
la Canada/Mountain ../America/Edmonton
la Canada/Newfoundland ../America/St_Johns
la Canada/Pacific ../America/Vancouver
la Canada/Saskatchewan ../America/Regina
la Canada/Yukon ../America/Whitehorse
la Chile/Continental ../America/Santiago
la Chile/EasterIsland ../Pacific/Easter
la Cuba America/Havana
za EET 1908 4,4,0,122,4,9
za EST 114 0,0,0,0,1,4
za EST5EDT 2310 5,5,0,149,5,16
la Egypt Africa/Cairo
la Eire Europe/Dublin
za Etc/GMT 114 0,0,0,0,1,4
la Etc/GMT+0 GMT
za Etc/GMT+1 116 0,0,0,0,1,4
za Etc/GMT+10 117 0,0,0,0,1,4
za Etc/GMT+11 117 0,0,0,0,1,4
za Etc/GMT+12 117 0,0,0,0,1,4
za Etc/GMT+2 116 0,0,0,0,1,4
za Etc/GMT+3 116 0,0,0,0,1,4
za Etc/GMT+4 116 0,0,0,0,1,4
za Etc/GMT+5 116 0,0,0,0,1,4
za Etc/GMT+6 116 0,0,0,0,1,4
za Etc/GMT+7 116 0,0,0,0,1,4
za Etc/GMT+8 116 0,0,0,0,1,4
za Etc/GMT+9 116 0,0,0,0,1,4
la Etc/GMT-0 GMT
za Etc/GMT-1 117 0,0,0,0,1,4
za Etc/GMT-10 118 0,0,0,0,1,4
za Etc/GMT-11 118 0,0,0,0,1,4
za Etc/GMT-12 118 0,0,0,0,1,4
za Etc/GMT-13 118 0,0,0,0,1,4
za Etc/GMT-14 118 0,0,0,0,1,4
za Etc/GMT-2 117 0,0,0,0,1,4
za Etc/GMT-3 117 0,0,0,0,1,4
za Etc/GMT-4 117 0,0,0,0,1,4
za Etc/GMT-5 117 0,0,0,0,1,4
za Etc/GMT-6 117 0,0,0,0,1,4
za Etc/GMT-7 117 0,0,0,0,1,4
za Etc/GMT-8 117 0,0,0,0,1,4
za Etc/GMT-9 117 0,0,0,0,1,4
la Etc/GMT0 GMT
la Etc/Greenwich GMT
la Etc/UCT UTC
za Etc/UTC 114 0,0,0,0,1,4
la Etc/Universal UTC
la Etc/Zulu UTC
za Europe/Amsterdam 2910 13,13,0,180,13,33
za Europe/Andorra 1742 5,5,0,108,5,17
za Europe/Astrakhan 1165 0,9,0,65,9,16
za Europe/Athens 2262 10,10,0,138,10,26
la Europe/Belfast London
za Europe/Belgrade 1920 7,7,0,119,7,13
za Europe/Berlin 2298 9,9,0,143,9,18
la Europe/Bratislava Prague
za Europe/Brussels 2933 11,11,0,184,11,22
za Europe/Bucharest 2184 8,8,0,136,8,17
za Europe/Budapest 2368 7,7,0,151,7,13
la Europe/Busingen Zurich
za Europe/Chisinau 2390 0,16,0,141,16,38
za Europe/Copenhagen 2137 7,7,0,133,7,13
za Europe/Dublin 3492 9,9,0,228,9,20
za Europe/Gibraltar 3068 8,8,0,198,8,26
za Europe/Guernsey 3732 12,12,0,241,12,26
za Europe/Helsinki 1900 6,6,0,118,6,17
za Europe/Isle_of_Man 3648 7,7,0,242,7,17
za Europe/Istanbul 1947 11,11,0,116,11,25
za Europe/Jersey 3732 12,12,0,241,12,26
za Europe/Kaliningrad 1493 0,15,0,80,15,34
la Europe/Kiev Kyiv
za Europe/Kirov 1185 10,10,0,63,10,24
za Europe/Kyiv 2120 15,15,0,121,15,34
za Europe/Lisbon 3527 13,13,0,225,13,27
za Europe/Ljubljana 1920 7,7,0,119,7,13
za Europe/London 3664 8,8,0,242,8,17
za Europe/Luxembourg 2946 14,14,0,183,14,22
za Europe/Madrid 2614 11,11,0,162,11,27
za Europe/Malta 2620 7,7,0,169,7,13
la Europe/Mariehamn Helsinki
za Europe/Minsk 1321 0,13,0,69,13,38
za Europe/Monaco 2944 11,11,0,185,11,31
za Europe/Moscow 1535 17,17,0,78,17,38
la Europe/Nicosia ../Asia/Nicosia
za Europe/Oslo 2228 7,7,0,141,7,13
za Europe/Paris 2962 13,13,0,184,13,31
la Europe/Podgorica Belgrade
za Europe/Prague 2301 8,8,0,143,8,17
za Europe/Riga 2198 15,15,0,126,15,38
za Europe/Rome 2641 7,7,0,169,7,13
za Europe/Samara 1215 11,11,0,65,11,16
la Europe/San_Marino Rome
za Europe/Sarajevo 1920 7,7,0,119,7,13
za Europe/Saratov 1183 9,9,0,65,9,16
za Europe/Simferopol 1469 16,16,0,75,16,34
za Europe/Skopje 1920 7,7,0,119,7,13
za Europe/Sofia 2077 9,9,0,125,9,22
za Europe/Stockholm 1909 5,5,0,119,5,13
za Europe/Tallinn 2148 15,15,0,123,15,34
za Europe/Tirane 2084 5,5,0,133,5,13
la Europe/Tiraspol Chisinau
za Europe/Ulyanovsk 1267 12,12,0,67,12,20
la Europe/Uzhgorod Kyiv
za Europe/Vaduz 1888 5,5,0,119,5,13
la Europe/Vatican Rome
za Europe/Vienna 2200 7,7,0,139,7,13
za Europe/Vilnius 2162 18,18,0,120,18,38
za Europe/Volgograd 1193 0,10,0,65,10,24
za Europe/Warsaw 2654 11,11,0,165,11,26
za Europe/Zagreb 1920 7,7,0,119,7,13
la Europe/Zaporozhye Kyiv
za Europe/Zurich 1909 5,5,0,119,5,13
za Factory 116 0,0,0,0,1,4
la GB Europe/London
la GB-Eire Europe/London
la GMT Etc/GMT
la GMT+0 Etc/GMT
la GMT-0 Etc/GMT
la GMT0 Etc/GMT
la Greenwich Etc/GMT
za HST 115 0,0,0,0,1,4
la Hongkong Asia/Hong_Kong
la Iceland Africa/Abidjan
za Indian/Antananarivo 219 0,4,0,3,4,13
za Indian/Chagos 199 0,0,0,3,3,12
za Indian/Christmas 165 0,0,0,2,2,8
za Indian/Cocos 174 0,0,0,2,2,10
za Indian/Comoro 149 0,0,0,1,2,8
za Indian/Kerguelen 165 0,0,0,2,2,8
za Indian/Mahe 165 0,0,0,2,2,8
za Indian/Maldives 199 0,0,0,3,3,12
za Indian/Mauritius 241 0,0,0,6,3,12
za Indian/Mayotte 149 0,0,0,1,2,8
za Indian/Reunion 165 0,0,0,2,2,8
la Iran Asia/Tehran
la Israel Asia/Jerusalem
la Jamaica America/Jamaica
la Japan Asia/Tokyo
la Kwajalein Pacific/Kwajalein
la Libya Africa/Tripoli
za MET 2094 0,4,0,136,4,9
za MST 114 0,0,0,0,1,4
za MST7MDT 2310 5,5,0,149,5,16
la Mexico/BajaNorte ../America/Tijuana
la Mexico/BajaSur ../America/Mazatlan
la Mexico/General ../America/Mexico_City
la NZ Pacific/Auckland
la NZ-CHAT Pacific/Chatham
la Navajo America/Denver
la PRC Asia/Shanghai
za PST8PDT 2310 5,5,0,149,5,16
za Pacific/Apia 612 0,0,0,27,7,26
za Pacific/Auckland 2437 0,7,0,156,7,19
za Pacific/Bougainville 268 0,0,0,5,4,16
za Pacific/Chatham 2068 0,5,0,130,5,22
za Pacific/Chuuk 269 0,0,0,6,4,12
za Pacific/Easter 2233 7,7,0,140,7,20 3
za Pacific/Efate 538 5,5,0,24,5,12
la Pacific/Enderbury Kanton
za Pacific/Fakaofo 200 0,0,0,3,3,12
za Pacific/Fiji 578 0,0,0,30,3,12
za Pacific/Funafuti 166 0,0,0,2,2,8
za Pacific/Galapagos 238 0,0,0,5,4,12
za Pacific/Gambier 164 0,0,0,2,2,8
za Pacific/Guadalcanal 166 0,0,0,2,2,8
za Pacific/Guam 494 0,0,0,20,5,21
za Pacific/Honolulu 329 6,6,0,7,6,20
la Pacific/Johnston Honolulu
za Pacific/Kanton 234 0,0,0,4,4,16
za Pacific/Kiritimati 238 0,0,0,4,4,18
za Pacific/Kosrae 351 0,0,0,9,6,20
za Pacific/Kwajalein 316 0,0,0,7,6,24
za Pacific/Majuro 310 0,0,0,8,5,20
za Pacific/Marquesas 173 0,0,0,2,2,10
za Pacific/Midway 217 0,0,0,3,4,16
za Pacific/Nauru 252 0,0,0,5,4,18
za Pacific/Niue 203 0,0,0,3,3,14
za Pacific/Norfolk 880 0,7,0,43,7,30
za Pacific/Noumea 304 0,5,0,8,5,12
za Pacific/Pago_Pago 175 0,0,0,2,3,8
za Pacific/Palau 180 0,0,0,2,2,8
za Pacific/Pitcairn 202 0,0,0,3,3,14
za Pacific/Pohnpei 303 0,0,0,7,5,16
la Pacific/Ponape Guadalcanal
za Pacific/Port_Moresby 186 0,0,0,2,2,8
za Pacific/Rarotonga 603 0,0,0,29,5,20
za Pacific/Saipan 480 0,0,0,19,5,21
la Pacific/Samoa Pago_Pago
za Pacific/Tahiti 165 0,0,0,2,2,8
za Pacific/Tarawa 166 0,0,0,2,2,8
za Pacific/Tongatapu 372 0,6,0,11,6,18
la Pacific/Truk Port_Moresby
za Pacific/Wake 166 0,0,0,2,2,8
za Pacific/Wallis 166 0,0,0,2,2,8
la Pacific/Yap Port_Moresby
la Poland Europe/Warsaw
la Portugal Europe/Lisbon
la ROC Asia/Taipei
la ROK Asia/Seoul
la Singapore Asia/Singapore
la Turkey Europe/Istanbul
la UCT Etc/UTC
la US/Alaska ../America/Anchorage
la US/Aleutian ../America/Adak
la US/Arizona ../America/Phoenix
la US/Central ../America/Chicago
la US/East-Indiana ../America/Indiana/Indianapolis
la US/Eastern ../America/New_York
la US/Hawaii ../Pacific/Honolulu
la US/Indiana-Starke ../America/Indiana/Knox
la US/Michigan ../America/Detroit
la US/Mountain ../America/Denver
la US/Pacific ../America/Los_Angeles
la US/Samoa ../Pacific/Pago_Pago
la UTC Etc/UTC
la Universal Etc/UTC
la W-SU Europe/Moscow
za WET 1905 4,4,0,122,4,9
la Zulu Etc/UTC
td iso3166.tab 4791
ta leap-seconds.list 5065
ta leapseconds 3253
la localtime /etc/localtime
lc posix/Africa ../Africa
lc posix/America ../America
lc posix/Antarctica ../Antarctica
lc posix/Arctic ../Arctic
lc posix/Asia ../Asia
lc posix/Atlantic ../Atlantic
lc posix/Australia ../Australia
lc posix/Brazil ../Brazil
la posix/CET ../CET
la posix/CST6CDT ../CST6CDT
lc posix/Canada ../Canada
lc posix/Chile ../Chile
la posix/Cuba ../America/Havana
la posix/EET ../EET
la posix/EST ../EST
la posix/EST5EDT ../EST5EDT
la posix/Egypt ../Africa/Cairo
la posix/Eire ../Europe/Dublin
lc posix/Etc ../Etc
lc posix/Europe ../Europe
la posix/Factory ../Factory
la posix/GB ../Europe/London
la posix/GB-Eire ../Europe/London
la posix/GMT ../Etc/GMT
la posix/GMT+0 ../Etc/GMT
la posix/GMT-0 ../Etc/GMT
la posix/GMT0 ../Etc/GMT
la posix/Greenwich ../Etc/GMT
la posix/HST ../HST
la posix/Hongkong ../Asia/Hong_Kong
la posix/Iceland ../Africa/Abidjan
lc posix/Indian ../Indian
la posix/Iran ../Asia/Tehran
la posix/Israel ../Asia/Jerusalem
la posix/Jamaica ../America/Jamaica
la posix/Japan ../Asia/Tokyo
la posix/Kwajalein ../Pacific/Kwajalein
la posix/Libya ../Africa/Tripoli
la posix/MET ../MET
la posix/MST ../MST
la posix/MST7MDT ../MST7MDT
lc posix/Mexico ../Mexico
la posix/NZ ../Pacific/Auckland
la posix/NZ-CHAT ../Pacific/Chatham
la posix/Navajo ../America/Denver
la posix/PRC ../Asia/Shanghai
la posix/PST8PDT ../PST8PDT
lc posix/Pacific ../Pacific
la posix/Poland ../Europe/Warsaw
la posix/Portugal ../Europe/Lisbon
la posix/ROC ../Asia/Taipei
la posix/ROK ../Asia/Seoul
la posix/Singapore ../Asia/Singapore
la posix/Turkey ../Europe/Istanbul
la posix/UCT ../Etc/UTC
lc posix/US ../US
la posix/UTC ../Etc/UTC
la posix/Universal ../Etc/UTC
la posix/W-SU ../Europe/Moscow
la posix/WET ../WET
la posix/Zulu ../Etc/UTC
la posixrules America/New_York
za right/Africa/Abidjan 698 0,0,27,2,2,8
za right/Africa/Accra 1610 0,0,27,62,6,20
za right/Africa/Addis_Ababa 734 0,0,27,3,3,13
za right/Africa/Algiers 1284 0,8,27,35,8,26
za right/Africa/Asmara 753 0,0,27,3,3,13
la right/Africa/Asmera Nairobi
za right/Africa/Bamako 758 0,0,27,4,4,12
za right/Africa/Bangui 698 0,0,27,2,2,8
za right/Africa/Banjul 766 0,0,27,4,4,16
za right/Africa/Bissau 744 3,3,27,3,3,12
za right/Africa/Blantyre 758 0,0,27,4,4,12
za right/Africa/Brazzaville 698 0,0,27,2,2,8
za right/Africa/Bujumbura 698 0,0,27,2,2,8
za right/Africa/Cairo 2602 0,4,27,135,4,13
za right/Africa/Casablanca 1722 0,0,27,72,5,12
za right/Africa/Ceuta 2258 8,8,27,104,8,22
za right/Africa/Conakry 758 0,0,27,4,4,12
za right/Africa/Dakar 732 0,0,27,3,3,12
za right/Africa/Dar_es_Salaam 762 0,0,27,4,4,14
za right/Africa/Djibouti 698 0,0,27,2,2,8
za right/Africa/Douala 698 0,0,27,2,2,8
za right/Africa/El_Aaiun 1588 0,0,27,61,6,16
za right/Africa/Freetown 1014 0,0,27,20,5,22
za right/Africa/Gaborone 784 0,0,27,5,4,18
za right/Africa/Harare 698 0,0,27,2,2,8
za right/Africa/Johannesburg 794 0,0,27,7,4,9
za right/Africa/Juba 1228 0,0,27,36,5,17
za right/Africa/Kampala 800 0,0,27,5,5,20
za right/Africa/Khartoum 1228 0,0,27,36,5,17
za right/Africa/Kigali 698 0,0,27,2,2,8
za right/Africa/Kinshasa 698 0,0,27,2,2,8
za right/Africa/Lagos 784 0,0,27,5,4,18
za right/Africa/Libreville 698 0,0,27,2,2,8
za right/Africa/Lome 698 0,0,27,2,2,8
za right/Africa/Luanda 736 3,3,27,3,3,8
za right/Africa/Lubumbashi 732 0,0,27,3,3,12
za right/Africa/Lusaka 698 0,0,27,2,2,8
za right/Africa/Malabo 732 0,0,27,3,3,12
za right/Africa/Maputo 698 0,0,27,2,2,8
za right/Africa/Maseru 740 0,0,27,4,3,9
za right/Africa/Mbabane 700 0,0,27,2,2,9
za right/Africa/Mogadishu 762 0,0,27,4,4,14
za right/Africa/Monrovia 758 0,0,27,4,4,12
za right/Africa/Nairobi 814 0,0,27,6,5,20
za right/Africa/Ndjamena 748 0,0,27,4,3,13
za right/Africa/Niamey 766 0,0,27,4,4,16
za right/Africa/Nouakchott 758 0,0,27,4,4,12
za right/Africa/Ouagadougou 698 0,0,27,2,2,8
za right/Africa/Porto-Novo 732 0,0,27,3,3,12
za right/Africa/Sao_Tome 804 5,5,27,5,5,12
la right/Africa/Timbuktu Abidjan
za right/Africa/Tripoli 1174 0,0,27,33,4,17
za right/Africa/Tunis 1238 0,6,27,35,6,17
za right/Africa/Windhoek 1504 0,0,27,54,6,23
za right/America/Adak 2565 9,9,27,122,9,33
za right/America/Anchorage 2579 9,9,27,122,9,40
za right/America/Anguilla 698 0,0,27,2,2,8
za right/America/Antigua 732 0,0,27,3,3,12
za right/America/Araguaina 1418 0,0,27,52,3,12
za right/America/Argentina/Buenos_Aires 1610 0,0,27,62,6,20
za right/America/Argentina/Catamarca 1610 0,0,27,62,6,20
la right/America/Argentina/ComodRivadavia Catamarca
za right/America/Argentina/Cordoba 1610 0,0,27,62,6,20
za right/America/Argentina/Jujuy 1582 0,0,27,60,6,20
za right/America/Argentina/La_Rioja 1624 0,0,27,63,6,20
za right/America/Argentina/Mendoza 1610 0,0,27,62,6,20
za right/America/Argentina/Rio_Gallegos 1610 0,0,27,62,6,20
za right/America/Argentina/Salta 1582 0,0,27,60,6,20
za right/America/Argentina/San_Juan 1624 0,0,27,63,6,20
za right/America/Argentina/San_Luis 1636 0,0,27,63,7,20
za right/America/Argentina/Tucuman 1638 0,0,27,64,6,20
za right/America/Argentina/Ushuaia 1610 0,0,27,62,6,20
za right/America/Aruba 736 0,0,27,3,3,14
za right/America/Asuncion 2192 0,0,27,105,5,16
za right/America/Atikokan 886 6,6,27,8,6,24
la right/America/Atka Adak
za right/America/Bahia 1558 0,0,27,62,3,12
za right/America/Bahia_Banderas 1650 7,7,27,62,7,20
za right/America/Barbados 986 6,6,27,16,6,18
za right/America/Belem 1110 0,0,27,30,3,12
za right/America/Belize 2164 6,6,27,99,6,26
za right/America/Blanc-Sablon 848 5,5,27,7,5,20
za right/America/Boa_Vista 1166 0,0,27,34,3,12
za right/America/Bogota 780 0,0,27,5,4,16
za right/America/Boise 2620 8,8,27,129,8,28
la right/America/Buenos_Aires Argentina/Buenos_Aires
za right/America/Cambridge_Bay 2464 10,10,27,115,10,32
za right/America/Campo_Grande 1978 0,0,27,92,3,12
za right/America/Cancun 1414 8,8,27,44,8,20
za right/America/Caracas 798 0,0,27,6,4,18
la right/America/Catamarca Argentina/Catamarca
za right/America/Cayenne 732 0,0,27,3,3,12
za right/America/Cayman 732 0,0,27,3,3,12
za right/America/Chicago 3802 8,8,27,214,8,24
za right/America/Chihuahua 1652 8,8,27,61,8,20
za right/America/Ciudad_Juarez 1748 7,7,27,69,7,20
la right/America/Coral_Harbour Panama
la right/America/Cordoba Argentina/Cordoba
za right/America/Costa_Rica 866 0,0,27,11,4,17
za right/America/Coyhaique 2674 8,8,27,134,8,20
za right/America/Creston 758 0,0,27,4,4,12
za right/America/Cuiaba 1950 0,0,27,90,3,12
za right/America/Curacao 736 0,0,27,3,3,14
za right/America/Danmarkshavn 1248 6,6,27,35,6,16
za right/America/Dawson 2164 9,9,27,94,9,37
za right/America/Dawson_Creek 1600 6,6,27,59,6,24
za right/America/Denver 2670 6,6,27,136,6,20
za right/America/Detroit 2440 6,6,27,119,6,24
za right/America/Dominica 698 0,0,27,2,2,8
za right/America/Edmonton 2542 5,5,27,128,5,20
za right/America/Eirunepe 1190 0,0,27,34,5,12
za right/America/El_Salvador 774 0,0,27,6,3,12
la right/America/Ensenada Tijuana
za right/America/Fort_Nelson 2790 6,6,27,144,6,24
la right/America/Fort_Wayne Indiana/Indianapolis
za right/America/Fortaleza 1250 0,0,27,40,3,12
za right/America/Glace_Bay 2402 5,5,27,118,5,20
la right/America/Godthab Nuuk
za right/America/Goose_Bay 3420 11,11,27,182,11,33
za right/America/Grand_Turk 2044 0,0,27,93,6,20
za right/America/Grenada 698 0,0,27,2,2,8
za right/America/Guadeloupe 698 0,0,27,2,2,8
za right/America/Guatemala 830 0,0,27,10,3,12
za right/America/Guayaquil 780 0,0,27,5,4,16
za right/America/Guyana 796 0,0,27,5,5,18
za right/America/Halifax 3634 5,5,27,206,5,20
za right/America/Havana 2622 0,6,27,134,6,16
za right/America/Hermosillo 938 5,5,27,14,5,16
za right/America/Indiana/Indianapolis 1892 8,8,27,77,8,28
za right/America/Indiana/Knox 2654 8,8,27,132,8,24
za right/America/Indiana/Marengo 1948 8,8,27,81,8,28
za right/America/Indiana/Petersburg 2130 8,8,27,94,8,28
za right/America/Indiana/Tell_City 1910 10,10,27,76,10,28
za right/America/Indiana/Vevay 1640 8,8,27,59,8,28
za right/America/Indiana/Vincennes 1920 8,8,27,79,8,28
za right/America/Indiana/Winamac 2004 8,8,27,85,8,28
la right/America/Indianapolis Indiana/Indianapolis
za right/America/Inuvik 2284 0,0,27,111,5,20
za right/America/Iqaluit 2412 9,9,27,113,9,28
za right/America/Jamaica 1032 0,0,27,23,4,16
la right/America/Jujuy Argentina/Jujuy
za right/America/Juneau 2561 9,9,27,121,9,38
za right/America/Kentucky/Louisville 2998 8,8,27,156,8,28
za right/America/Kentucky/Monticello 2578 8,8,27,126,8,28
la right/America/Knox_IN Indiana/Knox
la right/America/Kralendijk Puerto_Rico
za right/America/La_Paz 766 0,0,27,4,4,16
za right/America/Lima 940 0,0,27,17,4,12
za right/America/Los_Angeles 3062 6,6,27,164,6,20
la right/America/Louisville Kentucky/Louisville
la right/America/Lower_Princes Puerto_Rico
za right/America/Maceio 1278 0,0,27,42,3,12
za right/America/Managua 980 0,0,27,17,6,20
za right/America/Manaus 1138 0,0,27,32,3,12
la right/America/Marigot Puerto_Rico
za right/America/Martinique 782 0,0,27,5,4,17
za right/America/Matamoros 1628 4,4,27,65,4,12
za right/America/Mazatlan 1610 5,5,27,62,5,16
la right/America/Mendoza Argentina/Mendoza
za right/America/Menominee 2484 7,7,27,121,7,24
za right/America/Merida 1554 5,5,27,58,5,16
za right/America/Metlakatla 1631 7,7,27,58,7,30
za right/America/Mexico_City 1772 8,8,27,69,8,24
za right/America/Miquelon 1858 0,0,27,82,4,16
za right/America/Moncton 3364 6,6,27,185,6,24
za right/America/Monterrey 1664 7,7,27,63,7,20
za right/America/Montevideo 2044 0,0,27,87,10,38
la right/America/Montreal Toronto
za right/America/Montserrat 698 0,0,27,2,2,8
za right/America/Nassau 2598 5,5,27,132,5,20
za right/America/New_York 3762 6,6,27,214,6,20
la right/America/Nipigon Toronto
za right/America/Nome 2575 9,9,27,122,9,38
za right/America/Noronha 1250 0,0,27,40,3,12
za right/America/North_Dakota/Beulah 2606 8,8,27,128,8,28
za right/America/North_Dakota/Center 2606 8,8,27,128,8,28
za right/America/North_Dakota/New_Salem 2606 8,8,27,128,8,28
za right/America/Nuuk 2090 7,7,27,94,7,16
za right/America/Ojinaga 1734 7,7,27,68,7,20
za right/America/Panama 732 0,0,27,3,3,12
la right/America/Pangnirtung Iqaluit
za right/America/Paramaribo 796 0,0,27,5,5,18
za right/America/Phoenix 910 5,5,27,12,5,16
za right/America/Port-au-Prince 1644 0,6,27,64,6,17
za right/America/Port_of_Spain 698 0,0,27,2,2,8
la right/America/Porto_Acre Rio_Branco
za right/America/Porto_Velho 1110 0,0,27,30,3,12
za right/America/Puerto_Rico 796 4,4,27,5,4,16
za right/America/Punta_Arenas 2450 8,8,27,118,8,20
la right/America/Rainy_River Winnipeg
za right/America/Rankin_Inlet 2276 0,0,27,111,5,16
za right/America/Recife 1250 0,0,27,40,3,12
za right/America/Regina 1530 6,6,27,54,6,24
za right/America/Resolute 2276 0,0,27,111,5,16
za right/America/Rio_Branco 1162 0,0,27,32,5,12
la right/America/Rosario Argentina/Cordoba
la right/America/Santa_Isabel Tijuana
za right/America/Santarem 1136 0,0,27,31,4,12
za right/America/Santiago 2716 8,8,27,137,8,20
za right/America/Santo_Domingo 1008 0,0,27,18,6,27
za right/America/Sao_Paulo 1978 0,0,27,92,3,12
za right/America/Scoresbysund 2136 9,9,27,95,9,16
la right/America/Shiprock Denver
za right/America/Sitka 2537 8,8,27,121,8,34
la right/America/St_Barthelemy Puerto_Rico
za right/America/St_Johns 3862 9,9,27,217,9,25
za right/America/St_Kitts 698 0,0,27,2,2,8
za right/America/St_Lucia 732 0,0,27,3,3,12
za right/America/St_Thomas 698 0,0,27,2,2,8
za right/America/St_Vincent 732 0,0,27,3,3,12
za right/America/Swift_Current 1110 6,6,27,24,6,24
za right/America/Tegucigalpa 802 0,0,27,8,3,12
za right/America/Thule 1712 0,0,27,73,3,12
la right/America/Thunder_Bay Toronto
za right/America/Tijuana 2668 8,8,27,133,8,24
za right/America/Toronto 3704 5,5,27,211,5,20
za right/America/Tortola 698 0,0,27,2,2,8
za right/America/Vancouver 3102 5,5,27,168,5,20
la right/America/Virgin Puerto_Rico
za right/America/Whitehorse 2164 9,9,27,94,9,37
za right/America/Winnipeg 3078 7,7,27,164,7,20
za right/America/Yakutat 2513 7,7,27,121,7,30
la right/America/Yellowknife Edmonton
za right/Antarctica/Casey 970 4,4,27,18,4,12
za right/Antarctica/Davis 830 4,4,27,8,4,12
za right/Antarctica/DumontDUrville 726 0,0,27,4,2,8
za right/Antarctica/Macquarie 2464 0,7,27,122,7,14
za right/Antarctica/Mawson 732 0,0,27,3,3,12
za right/Antarctica/McMurdo 2198 0,4,27,106,4,14
za right/Antarctica/Palmer 1952 8,8,27,83,8,16
za right/Antarctica/Rothera 698 0,0,27,2,2,8
la right/Antarctica/South_Pole ../Pacific/Auckland
za right/Antarctica/Syowa 698 0,0,27,2,2,8
za right/Antarctica/Troll 1348 4,4,27,45,4,12
za right/Antarctica/Vostok 760 0,0,27,5,3,12
la right/Arctic/Longyearbyen ../Europe/Berlin
za right/Asia/Aden 698 0,0,27,2,2,8
za right/Asia/Almaty 1530 0,9,27,53,9,16
za right/Asia/Amman 1980 0,6,27,88,6,17
za right/Asia/Anadyr 1720 0,10,27,65,10,20
za right/Asia/Aqtau 1516 0,10,27,51,10,16
za right/Asia/Aqtobe 1544 0,11,27,52,11,16
za right/Asia/Ashgabat 1152 0,9,27,26,9,16
la right/Asia/Ashkhabad Ashgabat
za right/Asia/Atyrau 1524 0,10,27,51,10,20
za right/Asia/Baghdad 1516 0,6,27,55,6,16
za right/Asia/Bahrain 770 0,0,27,4,4,18
za right/Asia/Baku 1760 10,10,27,67,10,16
za right/Asia/Bangkok 732 0,0,27,3,3,12
za right/Asia/Barnaul 1754 0,10,27,68,10,16
za right/Asia/Beirut 2358 0,0,27,119,3,13
za right/Asia/Bishkek 1516 0,8,27,53,8,16
za right/Asia/Brunei 736 0,0,27,3,3,14
la right/Asia/Calcutta Kolkata
za right/Asia/Chita 1754 0,11,27,67,11,16
la right/Asia/Choibalsan Ulaanbaatar
la right/Asia/Chongqing Shanghai
la right/Asia/Chungking Shanghai
za right/Asia/Colombo 900 0,0,27,9,8,24
la right/Asia/Dacca Dhaka
za right/Asia/Damascus 2420 0,0,27,122,4,17
za right/Asia/Dhaka 870 0,0,27,8,6,28
za right/Asia/Dili 804 5,5,27,5,5,12
za right/Asia/Dubai 698 0,0,27,2,2,8
za right/Asia/Dushanbe 1124 0,8,27,25,8,16
za right/Asia/Famagusta 2232 7,7,27,104,7,17
za right/Asia/Gaza 2624 10,10,27,128,10,21
la right/Asia/Harbin Shanghai
za right/Asia/Hebron 2652 10,10,27,130,10,21
za right/Asia/Ho_Chi_Minh 884 0,0,27,10,6,21
za right/Asia/Hong_Kong 1782 8,8,27,70,8,22
za right/Asia/Hovd 1424 0,0,27,51,4,16
za right/Asia/Irkutsk 1776 0,12,27,67,12,20
la right/Asia/Istanbul ../Europe/Istanbul
za right/Asia/Jakarta 932 7,7,27,9,7,32
za right/Asia/Jayapura 770 0,0,27,4,4,18
za right/Asia/Jerusalem 2594 9,9,27,127,9,21
za right/Asia/Kabul 736 0,0,27,3,3,14
za right/Asia/Kamchatka 1698 0,9,27,65,9,16
za right/Asia/Karachi 928 0,0,27,12,6,29
la right/Asia/Kashgar Urumqi
za right/Asia/Kathmandu 740 0,0,27,3,3,16
la right/Asia/Katmandu Kathmandu
za right/Asia/Khandyga 1804 0,13,27,68,13,20
za right/Asia/Kolkata 831 0,0,27,7,4,18
za right/Asia/Krasnoyarsk 1740 0,11,27,66,11,16
za right/Asia/Kuala_Lumpur 948 8,8,27,9,8,32
za right/Asia/Kuching 1016 0,0,27,19,6,24
za right/Asia/Kuwait 698 0,0,27,2,2,8
la right/Asia/Macao Macau
za right/Asia/Macau 1776 0,7,27,72,7,20
za right/Asia/Magadan 1754 0,11,27,67,11,16
za right/Asia/Makassar 802 0,0,27,5,5,21
za right/Asia/Manila 971 6,6,27,14,6,16
za right/Asia/Muscat 698 0,0,27,2,2,8
za right/Asia/Nicosia 2206 5,5,27,105,5,13
za right/Asia/Novokuznetsk 1698 0,9,27,65,9,16
za right/Asia/Novosibirsk 1754 0,10,27,68,10,16
za right/Asia/Omsk 1740 0,11,27,66,11,16
za right/Asia/Oral 1538 0,10,27,52,10,20
za right/Asia/Phnom_Penh 828 0,0,27,6,6,21
za right/Asia/Pontianak 902 0,0,27,9,7,31
za right/Asia/Pyongyang 786 0,0,27,6,4,12
za right/Asia/Qatar 732 0,0,27,3,3,12
za right/Asia/Qostanay 1572 0,12,27,53,12,16
za right/Asia/Qyzylorda 1558 0,11,27,53,11,16
la right/Asia/Rangoon Yangon
za right/Asia/Riyadh 698 0,0,27,2,2,8
la right/Asia/Saigon Ho_Chi_Minh
za right/Asia/Sakhalin 1734 0,9,27,67,9,20
za right/Asia/Samarkand 1110 0,7,27,25,7,16
za right/Asia/Seoul 1166 0,0,27,30,7,16
za right/Asia/Shanghai 1110 0,0,27,30,3,12
za right/Asia/Singapore 948 8,8,27,9,8,32
za right/Asia/Srednekolymsk 1740 0,11,27,66,11,16
za right/Asia/Taipei 1310 0,0,27,42,5,16
za right/Asia/Tashkent 1124 0,8,27,25,8,16
za right/Asia/Tbilisi 1568 0,11,27,53,11,21
za right/Asia/Tehran 1790 0,0,27,72,8,28
la right/Asia/Tel_Aviv Jerusalem
la right/Asia/Thimbu Thimphu
za right/Asia/Thimphu 736 0,0,27,3,3,14
za right/Asia/Tokyo 858 4,4,27,10,4,12
za right/Asia/Tomsk 1754 0,10,27,68,10,16
la right/Asia/Ujung_Pandang Makassar
za right/Asia/Ulaanbaatar 1424 0,0,27,51,4,16
la right/Asia/Ulan_Bator Ulaanbaatar
za right/Asia/Urumqi 698 0,0,27,2,2,8
za right/Asia/Ust-Nera 1784 0,12,27,67,12,24
za right/Asia/Vientiane 856 0,0,27,8,6,21
za right/Asia/Vladivostok 1740 0,11,27,66,11,16
za right/Asia/Yakutsk 1740 0,11,27,66,11,16
za right/Asia/Yangon 796 0,0,27,5,5,18
za right/Asia/Yekaterinburg 1776 0,12,27,67,12,20
za right/Asia/Yerevan 1684 0,10,27,63,10,16
za right/Atlantic/Azores 3644 15,15,27,194,15,29
za right/Atlantic/Bermuda 2606 0,0,27,134,5,20
za right/Atlantic/Canary 2104 6,6,27,96,6,17
za right/Atlantic/Cape_Verde 804 5,5,27,5,5,12
la right/Atlantic/Faeroe Faroe
za right/Atlantic/Faroe 2022 4,4,27,93,4,13
la right/Atlantic/Jan_Mayen ../Europe/Berlin
za right/Atlantic/Madeira 3584 13,13,27,192,13,29
za right/Atlantic/Reykjavik 1712 0,6,27,69,6,16
za right/Atlantic/South_Georgia 698 0,0,27,2,2,8
za right/Atlantic/St_Helena 732 0,0,27,3,3,12
za right/Atlantic/Stanley 1748 0,0,27,71,7,20
la right/Australia/ACT Sydney
za right/Australia/Adelaide 2410 0,4,27,120,4,14
za right/Australia/Brisbane 966 0,4,27,18,4,14
za right/Australia/Broken_Hill 2431 0,4,27,120,4,14
la right/Australia/Canberra Sydney
la right/Australia/Currie Hobart
za right/Australia/Darwin 870 0,4,27,10,4,14
za right/Australia/Eucla 998 0,4,27,20,4,16
za right/Australia/Hobart 2562 0,4,27,132,4,14
la right/Australia/LHI Lord_Howe
za right/Australia/Lindeman 1022 0,4,27,22,4,14
za right/Australia/Lord_Howe 2042 0,0,27,93,5,25
za right/Australia/Melbourne 2394 0,4,27,120,4,14
la right/Australia/NSW Sydney
la right/Australia/North Darwin
za right/Australia/Perth 994 0,4,27,20,4,14
la right/Australia/Queensland Brisbane
la right/Australia/South Adelaide
za right/Australia/Sydney 2394 0,4,27,120,4,14
la right/Australia/Tasmania Hobart
la right/Australia/Victoria Melbourne
la right/Australia/West Perth
la right/Australia/Yancowinna Broken_Hill
la right/Brazil/Acre ../America/Rio_Branco
la right/Brazil/DeNoronha ../America/Noronha
la right/Brazil/East ../America/Sao_Paulo
la right/Brazil/West ../America/Manaus
za right/CET 2300 0,4,27,114,4,9
za right/CST6CDT 2520 5,5,27,127,5,16
la right/Canada/Atlantic ../America/Halifax
la right/Canada/Central ../America/Winnipeg
la right/Canada/Eastern ../America/Toronto
la right/Canada/Mountain ../America/Edmonton
la right/Canada/Newfoundland ../America/St_Johns
la right/Canada/Pacific ../America/Vancouver
la right/Canada/Saskatchewan ../America/Regina
la right/Canada/Yukon ../America/Whitehorse
la right/Chile/Continental ../America/Santiago
la right/Chile/EasterIsland ../Pacific/Easter
la right/Cuba America/Havana
za right/EET 2112 4,4,27,100,4,9
za right/EST 664 0,0,27,1,1,4
za right/EST5EDT 2520 5,5,27,127,5,16
la right/Egypt Africa/Cairo
la right/Eire Europe/Dublin
za right/Etc/GMT 664 0,0,27,1,1,4
la right/Etc/GMT+0 GMT
za right/Etc/GMT+1 664 0,0,27,1,1,4
za right/Etc/GMT+10 664 0,0,27,1,1,4
za right/Etc/GMT+11 664 0,0,27,1,1,4
za right/Etc/GMT+12 664 0,0,27,1,1,4
za right/Etc/GMT+2 664 0,0,27,1,1,4
za right/Etc/GMT+3 664 0,0,27,1,1,4
za right/Etc/GMT+4 664 0,0,27,1,1,4
za right/Etc/GMT+5 664 0,0,27,1,1,4
za right/Etc/GMT+6 664 0,0,27,1,1,4
za right/Etc/GMT+7 664 0,0,27,1,1,4
za right/Etc/GMT+8 664 0,0,27,1,1,4
za right/Etc/GMT+9 664 0,0,27,1,1,4
la right/Etc/GMT-0 GMT
za right/Etc/GMT-1 664 0,0,27,1,1,4
za right/Etc/GMT-10 664 0,0,27,1,1,4
za right/Etc/GMT-11 664 0,0,27,1,1,4
za right/Etc/GMT-12 664 0,0,27,1,1,4
za right/Etc/GMT-13 664 0,0,27,1,1,4
za right/Etc/GMT-14 664 0,0,27,1,1,4
za right/Etc/GMT-2 664 0,0,27,1,1,4
za right/Etc/GMT-3 664 0,0,27,1,1,4
za right/Etc/GMT-4 664 0,0,27,1,1,4
za right/Etc/GMT-5 664 0,0,27,1,1,4
za right/Etc/GMT-6 664 0,0,27,1,1,4
za right/Etc/GMT-7 664 0,0,27,1,1,4
za right/Etc/GMT-8 664 0,0,27,1,1,4
za right/Etc/GMT-9 664 0,0,27,1,1,4
la right/Etc/GMT0 GMT
la right/Etc/Greenwich GMT
la right/Etc/UCT UTC
za right/Etc/UTC 664 0,0,27,1,1,4
la right/Etc/Universal UTC
la right/Etc/Zulu UTC
za right/Europe/Amsterdam 3116 13,13,27,158,13,33
za right/Europe/Andorra 1948 5,5,27,86,5,17
za right/Europe/Astrakhan 1698 0,9,27,65,9,16
za right/Europe/Athens 2466 10,10,27,116,10,26
la right/Europe/Belfast London
za right/Europe/Belgrade 2126 7,7,27,97,7,13
za right/Europe/Berlin 2504 9,9,27,121,9,18
la right/Europe/Bratislava Prague
za right/Europe/Brussels 3139 11,11,27,162,11,22
za right/Europe/Bucharest 2388 8,8,27,114,8,17
za right/Europe/Budapest 2574 7,7,27,129,7,13
la right/Europe/Busingen Zurich
za right/Europe/Chisinau 2596 0,16,27,119,16,38
za right/Europe/Copenhagen 2343 7,7,27,111,7,13
za right/Europe/Dublin 3698 9,9,27,206,9,20
za right/Europe/Gibraltar 3274 8,8,27,176,8,26
za right/Europe/Guernsey 3940 12,12,27,219,12,26
za right/Europe/Helsinki 2104 6,6,27,96,6,17
za right/Europe/Isle_of_Man 3856 7,7,27,220,7,17
za right/Europe/Istanbul 2480 11,11,27,116,11,25
za right/Europe/Jersey 3940 12,12,27,219,12,26
za right/Europe/Kaliningrad 2042 0,15,27,81,15,34
la right/Europe/Kiev Kyiv
za right/Europe/Kirov 1734 10,10,27,64,10,24
za right/Europe/Kyiv 2324 15,15,27,99,15,34
za right/Europe/Lisbon 3734 13,13,27,203,13,27
za right/Europe/Ljubljana 2126 7,7,27,97,7,13
za right/Europe/London 3872 8,8,27,220,8,17
za right/Europe/Luxembourg 3152 14,14,27,161,14,22
za right/Europe/Madrid 2820 11,11,27,140,11,27
za right/Europe/Malta 2826 7,7,27,147,7,13
la right/Europe/Mariehamn Helsinki
za right/Europe/Minsk 1854 0,13,27,69,13,38
za right/Europe/Monaco 3150 11,11,27,163,11,31
za right/Europe/Moscow 2084 17,17,27,79,17,38
la right/Europe/Nicosia ../Asia/Nicosia
za right/Europe/Oslo 2434 7,7,27,119,7,13
za right/Europe/Paris 3168 13,13,27,162,13,31
la right/Europe/Podgorica Belgrade
za right/Europe/Prague 2507 8,8,27,121,8,17
za right/Europe/Riga 2402 15,15,27,104,15,38
za right/Europe/Rome 2847 7,7,27,147,7,13
za right/Europe/Samara 1748 11,11,27,65,11,16
la right/Europe/San_Marino Rome
za right/Europe/Sarajevo 2126 7,7,27,97,7,13
za right/Europe/Saratov 1716 9,9,27,65,9,16
za right/Europe/Simferopol 2018 16,16,27,76,16,34
za right/Europe/Skopje 2126 7,7,27,97,7,13
za right/Europe/Sofia 2281 9,9,27,103,9,22
za right/Europe/Stockholm 2115 5,5,27,97,5,13
za right/Europe/Tallinn 2352 15,15,27,101,15,34
za right/Europe/Tirane 2290 5,5,27,111,5,13
la right/Europe/Tiraspol Chisinau
za right/Europe/Ulyanovsk 1800 12,12,27,67,12,20
la right/Europe/Uzhgorod Kyiv
za right/Europe/Vaduz 2094 5,5,27,97,5,13
la right/Europe/Vatican Rome
za right/Europe/Vienna 2406 7,7,27,117,7,13
za right/Europe/Vilnius 2366 18,18,27,98,18,38
za right/Europe/Volgograd 1742 0,10,27,66,10,24
za right/Europe/Warsaw 2860 11,11,27,143,11,26
za right/Europe/Zagreb 2126 7,7,27,97,7,13
la right/Europe/Zaporozhye Kyiv
za right/Europe/Zurich 2115 5,5,27,97,5,13
za right/Factory 664 0,0,27,1,1,4
la right/GB Europe/London
la right/GB-Eire Europe/London
la right/GMT Etc/GMT
la right/GMT+0 Etc/GMT
la right/GMT-0 Etc/GMT
la right/GMT0 Etc/GMT
la right/Greenwich Etc/GMT
za right/HST 664 0,0,27,1,1,4
la right/Hongkong Asia/Hong_Kong
la right/Iceland Africa/Abidjan
za right/Indian/Antananarivo 768 0,4,27,4,4,13
za right/Indian/Chagos 732 0,0,27,3,3,12
za right/Indian/Christmas 698 0,0,27,2,2,8
za right/Indian/Cocos 702 0,0,27,2,2,10
za right/Indian/Comoro 698 0,0,27,2,2,8
za right/Indian/Kerguelen 698 0,0,27,2,2,8
za right/Indian/Mahe 698 0,0,27,2,2,8
za right/Indian/Maldives 732 0,0,27,3,3,12
za right/Indian/Mauritius 774 0,0,27,6,3,12
za right/Indian/Mayotte 698 0,0,27,2,2,8
za right/Indian/Reunion 698 0,0,27,2,2,8
la right/Iran Asia/Tehran
la right/Israel Asia/Jerusalem
la right/Jamaica America/Jamaica
la right/Japan Asia/Tokyo
la right/Kwajalein Pacific/Kwajalein
la right/Libya Africa/Tripoli
za right/MET 2300 0,4,27,114,4,9
za right/MST 664 0,0,27,1,1,4
za right/MST7MDT 2520 5,5,27,127,5,16
la right/Mexico/BajaNorte ../America/Tijuana
la right/Mexico/BajaSur ../America/Mazatlan
la right/Mexico/General ../America/Mexico_City
la right/NZ Pacific/Auckland
la right/NZ-CHAT Pacific/Chatham
la right/Navajo America/Denver
la right/PRC Asia/Shanghai
za right/PST8PDT 2520 5,5,27,127,5,16
za right/Pacific/Apia 1144 0,0,27,27,7,26
za right/Pacific/Auckland 2642 0,7,27,134,7,19
za right/Pacific/Bougainville 800 0,0,27,5,4,16
za right/Pacific/Chatham 2242 0,5,27,107,5,22
za right/Pacific/Chuuk 801 0,0,27,6,4,12
za right/Pacific/Easter 2420 7,7,27,117,7,20
za right/Pacific/Efate 1070 5,5,27,24,5,12
la right/Pacific/Enderbury Kanton
za right/Pacific/Fakaofo 732 0,0,27,3,3,12
za right/Pacific/Fiji 1110 0,0,27,30,3,12
za right/Pacific/Funafuti 698 0,0,27,2,2,8
za right/Pacific/Galapagos 772 0,0,27,5,4,12
za right/Pacific/Gambier 698 0,0,27,2,2,8
za right/Pacific/Guadalcanal 698 0,0,27,2,2,8
za right/Pacific/Guam 1041 0,0,27,21,5,21
za right/Pacific/Honolulu 878 6,6,27,8,6,20
la right/Pacific/Johnston Honolulu
za right/Pacific/Kanton 766 0,0,27,4,4,16
za right/Pacific/Kiritimati 770 0,0,27,4,4,18
za right/Pacific/Kosrae 883 0,0,27,9,6,20
za right/Pacific/Kwajalein 848 0,0,27,7,6,24
za right/Pacific/Majuro 842 0,0,27,8,5,20
za right/Pacific/Marquesas 702 0,0,27,2,2,10
za right/Pacific/Midway 766 0,0,27,4,4,16
za right/Pacific/Nauru 784 0,0,27,5,4,18
za right/Pacific/Niue 736 0,0,27,3,3,14
za right/Pacific/Norfolk 1068 0,7,27,20,7,30
za right/Pacific/Noumea 836 0,5,27,8,5,12
za right/Pacific/Pago_Pago 724 0,0,27,3,3,8
za right/Pacific/Palau 713 0,0,27,2,2,8
za right/Pacific/Pitcairn 736 0,0,27,3,3,14
za right/Pacific/Pohnpei 835 0,0,27,7,5,16
la right/Pacific/Ponape Guadalcanal
za right/Pacific/Port_Moresby 718 0,0,27,2,2,8
za right/Pacific/Rarotonga 1136 0,0,27,29,5,20
za right/Pacific/Saipan 1027 0,0,27,20,5,21
la right/Pacific/Samoa Pago_Pago
za right/Pacific/Tahiti 698 0,0,27,2,2,8
za right/Pacific/Tarawa 698 0,0,27,2,2,8
za right/Pacific/Tongatapu 904 0,6,27,11,6,18
la right/Pacific/Truk Port_Moresby
za right/Pacific/Wake 698 0,0,27,2,2,8
za right/Pacific/Wallis 698 0,0,27,2,2,8
la right/Pacific/Yap Port_Moresby
la right/Poland Europe/Warsaw
la right/Portugal Europe/Lisbon
la right/ROC Asia/Taipei
la right/ROK Asia/Seoul
la right/Singapore Asia/Singapore
la right/Turkey Europe/Istanbul
la right/UCT Etc/UTC
la right/US/Alaska ../America/Anchorage
la right/US/Aleutian ../America/Adak
la right/US/Arizona ../America/Phoenix
la right/US/Central ../America/Chicago
la right/US/East-Indiana ../America/Indiana/Indianapolis
la right/US/Eastern ../America/New_York
la right/US/Hawaii ../Pacific/Honolulu
la right/US/Indiana-Starke ../America/Indiana/Knox
la right/US/Michigan ../America/Detroit
la right/US/Mountain ../America/Denver
la right/US/Pacific ../America/Los_Angeles
la right/US/Samoa ../Pacific/Pago_Pago
la right/UTC Etc/UTC
la right/Universal Etc/UTC
la right/W-SU Europe/Moscow
za right/WET 2112 4,4,27,100,4,9
la right/Zulu Etc/UTC
ta tzdata.zi 114350
tb zone.tab 18822
tb zone1970.tab 17597`;

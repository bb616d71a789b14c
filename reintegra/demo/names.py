"""Synthetic name and organisation data for seeding a demo region.

Everything here is invented or generic on purpose. A prison case-management demo must never
show real prisoners, staff or sites, so:

* names are kept as separate lists of common given names and common family names, to be
  combined at random by the seeder -- no entry is anybody's full name. Family names that are
  strongly associated with prominent public figures were left out, as were given names that
  would pair with a listed family name into a famous full name;
* establishment, unit and probation-office names use invented or generic place names, never
  the sites of real prisons; only the administrations themselves carry their real,
  official-style names, because a demo tenant has to look like the service that uses it.

Pure data: no Django imports, so it can be loaded anywhere (settings, tests, scripts).
"""

# ---------------------------------------------------------------------------------------------
# Names, keyed by script/locale.
#
# Each entry: {"male": [...], "female": [...], "family": [...],
#              "family_female": [...] | None, "fathers": True | None}
# "family_female" is aligned index-by-index with "family" where the language inflects the
# family name by sex (Macedonian -ски/-ска, -ев/-ева, -ов/-ова); None where it does not.
# "fathers" is True where the father's name (atësia, ime oca) is commonly recorded.
# ---------------------------------------------------------------------------------------------

# The name lists are packed several to a line; keep them that way.
# fmt: off
_SQ = {
    "male": [
        "Arben", "Besnik", "Dritan", "Ermal", "Fatmir", "Gëzim", "Ilir", "Kreshnik", "Luan",
        "Mentor", "Nderim", "Petrit", "Qëndrim", "Rrahman", "Shpëtim", "Taulant", "Valon",
        "Xhevdet", "Ylli", "Zef", "Agron", "Bujar", "Driton", "Erion", "Flamur", "Genc",
        "Hysen", "Jetmir", "Kujtim", "Lulzim", "Mërgim", "Naim", "Oltion", "Përparim", "Sokol",
        "Tefik", "Urim", "Vullnet", "Xhemal", "Afrim", "Blerim", "Çlirim", "Dhimitër", "Edmond",
        "Gjergj", "Artan", "Bekim", "Ardit", "Shkëlzen", "Gjon",
    ],
    "female": [
        "Adelina", "Blerta", "Drita", "Elira", "Fatjona", "Gentiana", "Hana", "Ilirjana",
        "Jehona", "Kaltrina", "Lindita", "Mimoza", "Nora", "Orjeta", "Pranvera", "Qëndresa",
        "Rudina", "Shqipe", "Teuta", "Valbona", "Xhevahire", "Zana", "Arbërie", "Besa",
        "Dafina", "Edona", "Flutura", "Gresa", "Hyrije", "Jonida", "Klodiana", "Luljeta",
        "Mirjeta", "Nazmije", "Shpresa", "Trëndelina", "Vlora", "Xhemile", "Yllka", "Zamira",
        "Albana", "Brikena", "Donika", "Entela", "Dhurata", "Gjylije",
    ],
    "family": [
        "Hoxha", "Krasniqi", "Gashi", "Morina", "Shala", "Bytyçi", "Kelmendi", "Hasani",
        "Rexhepi", "Dervishi", "Leka", "Marku", "Kola", "Gjoka", "Shehu", "Çela", "Xhaferi",
        "Mehmeti", "Ahmeti", "Bajrami", "Limani", "Sadiku", "Zeqiri", "Musliu", "Halili",
        "Ismaili", "Kastrati", "Lleshi", "Ndreu", "Prenga", "Gjonaj", "Dedaj", "Lika", "Mala",
        "Elezi", "Daci", "Dibra", "Hyseni", "Bunjaku", "Avdiu", "Ramadani", "Hajdari",
        "Sylejmani", "Qerimi", "Gjini", "Toska", "Bregu", "Muça", "Xhemajli", "Demiri",
        "Islami", "Murati", "Mustafa", "Beqiri", "Kryeziu", "Hamiti", "Aliu", "Dushi",
        "Shkreli", "Gjergji", "Pllana", "Dhima", "Dhamo", "Çollaku", "Zhuri", "Lushaj",
    ],
    "family_female": None,
    "fathers": True,
}

_SR_CYRL = {
    "male": [
        "Александар", "Бојан", "Владимир", "Горан", "Драган", "Душан", "Ђорђе", "Жељко",
        "Зоран", "Иван", "Јован", "Милан", "Милош", "Марко", "Небојша", "Никола", "Огњен",
        "Петар", "Предраг", "Саша", "Срђан", "Стефан", "Тихомир", "Урош", "Филип", "Чедомир",
        "Вук", "Лазар", "Дејан", "Ненад", "Мирослав", "Бранислав", "Дарко", "Видоје", "Љубомир",
        "Момчило", "Младен", "Радослав", "Живко", "Игор", "Вељко", "Борис", "Душко", "Ђурађ",
    ],
    "female": [
        "Милица", "Јелена", "Ана", "Марија", "Снежана", "Драгана", "Ивана", "Јована",
        "Катарина", "Љиљана", "Мирјана", "Наташа", "Олга", "Радмила", "Светлана", "Тијана",
        "Весна", "Гордана", "Зорица", "Бранка", "Биљана", "Даница", "Ђурђица", "Јасмина",
        "Ксенија", "Невена", "Сања", "Теодора", "Александра", "Маја", "Станислава", "Вера",
        "Душица", "Жељка", "Слађана", "Гроздана", "Надежда", "Милена", "Бојана", "Анђела",
        "Тамара", "Софија", "Драгица",
    ],
    "family": [
        "Јовановић", "Петровић", "Николић", "Марковић", "Ђорђевић", "Стојановић", "Илић",
        "Павловић", "Поповић", "Тодоровић", "Ристић", "Радовановић", "Лазић", "Симић", "Ђукић",
        "Милетић", "Ковачевић", "Мишић", "Васић", "Антић", "Милосављевић", "Обрадовић",
        "Радосављевић", "Вукадиновић", "Стевановић", "Голубовић", "Савић", "Перић", "Томић",
        "Филиповић", "Миленковић", "Марјановић", "Гајић", "Матић", "Бранковић", "Лукић",
        "Ранковић", "Живановић", "Јоксимовић", "Вуковић", "Чолић", "Љубисављевић", "Ћирић",
        "Благојевић", "Зорић", "Радић", "Пешић", "Петковић", "Милић", "Аћимовић", "Ђурђевић",
        "Шаренац", "Јевтић", "Нешић", "Цвијић", "Мирковић", "Ерић", "Урошевић", "Спасић",
        "Богдановић", "Жарковић", "Танасковић", "Ђокић",
    ],
    "family_female": None,
    "fathers": True,
}

# Its own list, not a transliteration of _SR_CYRL; the surnames marked below overlap on
# purpose so that a Cyrillic search finds a person stored in Latin and vice versa.
_SR_LATN = {
    "male": [
        "Aleksandar", "Nemanja", "Luka", "Miloš", "Stefan", "Dušan", "Đorđe", "Nikola",
        "Vladimir", "Milan", "Dragan", "Zoran", "Goran", "Nenad", "Srđan", "Marko", "Uroš",
        "Vuk", "Lazar", "Bogdan", "Vladan", "Miodrag", "Strahinja", "Aleksa", "Andrija",
        "Mihajlo", "Ognjen", "Rade", "Dalibor", "Jovan", "Radomir", "Branko", "Čedomir",
        "Živorad", "Ljubiša", "Predrag", "Veljko", "Petar", "Stevan", "Relja", "Bratislav",
        "Žarko", "Đurađ",
    ],
    "female": [
        "Milica", "Jelena", "Ana", "Ivana", "Jovana", "Marija", "Dragana", "Snežana", "Tijana",
        "Katarina", "Nevena", "Sanja", "Ljiljana", "Mirjana", "Biljana", "Danijela", "Gordana",
        "Vesna", "Zorana", "Đurđa", "Kristina", "Anđela", "Sofija", "Teodora", "Jasmina",
        "Dušanka", "Slađana", "Živana", "Svetlana", "Nataša", "Ksenija", "Marina", "Milena",
        "Bojana", "Tamara", "Vanja", "Dunja", "Olivera", "Radmila", "Branislava", "Stanka",
        "Aleksandra", "Ljubica",
    ],
    "family": [
        # overlapping with _SR_CYRL
        "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić",
        "Pavlović", "Popović", "Todorović", "Ristić", "Lazić", "Simić", "Đukić", "Savić",
        "Perić", "Tomić", "Ćirić", "Pešić", "Milić", "Obradović", "Stevanović", "Radosavljević",
        "Milenković", "Petković", "Čolić", "Lukić", "Đurđević", "Jevtić", "Spasić",
        # Latin list only
        "Nedeljković", "Vasiljević", "Krstić", "Mladenović", "Ranđelović", "Veselinović",
        "Dimitrijević", "Aleksić", "Jakovljević", "Maksimović", "Vukić", "Gavrilović",
        "Knežević", "Milovanović", "Trifunović", "Zdravković", "Šarić", "Mihajlović",
        "Novaković", "Arsić", "Vuletić", "Tasić", "Božić", "Milojević", "Stošić", "Ćosović",
        "Šljivić", "Žugić", "Radenković", "Paunović", "Đokić", "Jeftić",
    ],
    "family_female": None,
    "fathers": True,
}

# Bosnia and Herzegovina: Bosniak, Croat and Serb names as written in Latin script.
_BS = {
    "male": [
        "Emir", "Amir", "Adnan", "Almir", "Armin", "Edin", "Elvir", "Haris", "Jasmin", "Kenan",
        "Mirza", "Nermin", "Samir", "Senad", "Tarik", "Dženan", "Hamza", "Muhamed", "Nedim",
        "Ismet", "Mehmed", "Safet", "Fikret", "Enes", "Benjamin", "Damir", "Ivan", "Ante",
        "Josip", "Mario", "Ivica", "Zoran", "Dragan", "Željko", "Nikola", "Mladen", "Stjepan",
        "Tomislav", "Goran", "Davor", "Boris", "Saša", "Darko", "Marko", "Dario", "Ilija",
        "Šemsudin", "Ćamil",
    ],
    "female": [
        "Selma", "Amra", "Lejla", "Amila", "Emina", "Aida", "Alma", "Azra", "Belma", "Dženana",
        "Elma", "Hana", "Ajla", "Merima", "Nejra", "Sabina", "Sanela", "Mirela", "Jasmina",
        "Edina", "Medina", "Naida", "Fatima", "Hatidža", "Šejla", "Esma", "Ivana", "Ana",
        "Marija", "Kata", "Mirjana", "Ljubica", "Snježana", "Vesna", "Gordana", "Sanja",
        "Katarina", "Marina", "Danijela", "Nada", "Jelena", "Dragana", "Đulsa",
    ],
    "family": [
        "Hadžić", "Mehmedović", "Kovačević", "Hodžić", "Delić", "Begić", "Hasanović",
        "Osmanović", "Ahmetović", "Omerović", "Husić", "Salihović", "Suljić", "Alić", "Mujić",
        "Halilović", "Karić", "Muminović", "Spahić", "Hrustić", "Imamović", "Softić", "Bešić",
        "Jusić", "Selimović", "Šabić", "Ćatić", "Džafić", "Smajić", "Durmić", "Kadrić",
        "Hamzić", "Mešić", "Hukić", "Avdić", "Čaušević", "Zukić", "Terzić", "Bajrić",
        "Kurtović", "Babić", "Marić", "Perić", "Knežević", "Pavlović", "Tomić", "Vuković",
        "Lovrić", "Matić", "Bošnjak", "Jukić", "Barišić", "Šimić", "Topić", "Grgić", "Radić",
        "Ćosić", "Nikolić", "Kovač", "Mišić", "Petrović", "Savić", "Đurić", "Stanić",
        "Jovanović", "Đorđević",
    ],
    "family_female": None,
    "fathers": True,
}

_CNR = {
    "male": [
        "Marko", "Vuk", "Nikola", "Stefan", "Luka", "Filip", "Petar", "Lazar", "Balša",
        "Dragiša", "Dušan", "Igor", "Nemanja", "Vasilije", "Radovan", "Vladimir", "Veselin",
        "Budimir", "Miloš", "Danilo", "Savo", "Vojin", "Mirko", "Branko", "Vukašin", "Srđan",
        "Draško", "Milorad", "Rade", "Žarko", "Velimir", "Predrag", "Dejan", "Andrija", "Zoran",
        "Goran", "Nenad", "Bojan", "Vido", "Novica", "Mihailo", "Ranko", "Đorđije",
    ],
    "female": [
        "Milica", "Jelena", "Ana", "Marija", "Tamara", "Jovana", "Ivana", "Danijela", "Dragana",
        "Milena", "Sanja", "Jasna", "Vesna", "Biljana", "Gordana", "Snežana", "Olivera",
        "Bojana", "Nevena", "Andrea", "Teodora", "Dajana", "Ljiljana", "Mirjana", "Sonja",
        "Stanislava", "Zorka", "Milka", "Draginja", "Radojka", "Jela", "Kristina", "Tijana",
        "Anđela", "Sara", "Nataša", "Katarina", "Dunja", "Ksenija", "Jovanka", "Vukosava",
        "Marina",
    ],
    "family": [
        "Vujović", "Radulović", "Bošković", "Vujošević", "Popović", "Vuković", "Perović",
        "Radović", "Šćepanović", "Raičević", "Kaluđerović", "Lakićević", "Vučinić", "Đurović",
        "Jovanović", "Pejović", "Rakočević", "Vujačić", "Mijušković", "Drobnjak", "Lalević",
        "Milić", "Nikčević", "Pavićević", "Petrović", "Kovačević", "Vlahović", "Stanišić",
        "Marović", "Šćekić", "Knežević", "Laković", "Dragović", "Bojović", "Radonjić",
        "Vukčević", "Ćetković", "Vučković", "Mugoša", "Đurišić", "Damjanović", "Sekulić",
        "Zeković", "Bakić", "Babović", "Mrvaljević", "Tomašević", "Gardašević", "Šoškić",
        "Otašević", "Milačić", "Kujović", "Labović", "Rajković", "Bećirović", "Kalezić",
        "Lekić", "Dedović", "Stijepović", "Đukić", "Ćulafić", "Žarić",
    ],
    "family_female": None,
    "fathers": True,
}

# Macedonian family names inflect by sex; _MK_FAMILY is (masculine, feminine) pairs so the
# two lists below cannot drift out of alignment.
_MK_FAMILY = [
    ("Стојановски", "Стојановска"), ("Петровски", "Петровска"), ("Ѓорѓиевски", "Ѓорѓиевска"),
    ("Ќосевски", "Ќосевска"), ("Николовски", "Николовска"), ("Јовановски", "Јовановска"),
    ("Костовски", "Костовска"), ("Димитровски", "Димитровска"), ("Ристовски", "Ристовска"),
    ("Илиевски", "Илиевска"), ("Анастасовски", "Анастасовска"), ("Андоновски", "Андоновска"),
    ("Велковски", "Велковска"), ("Митревски", "Митревска"), ("Најдовски", "Најдовска"),
    ("Ангеловски", "Ангеловска"), ("Талевски", "Талевска"), ("Секуловски", "Секуловска"),
    ("Симоновски", "Симоновска"), ("Тодоровски", "Тодоровска"), ("Милошевски", "Милошевска"),
    ("Блажевски", "Блажевска"), ("Богдановски", "Богдановска"), ("Јанкуловски", "Јанкуловска"),
    ("Цветковски", "Цветковска"), ("Атанасовски", "Атанасовска"), ("Павловски", "Павловска"),
    ("Тасевски", "Тасевска"), ("Наумовски", "Наумовска"), ("Здравковски", "Здравковска"),
    ("Кузмановски", "Кузмановска"), ("Лазаревски", "Лазаревска"),
    ("Манасиевски", "Манасиевска"), ("Попоски", "Попоска"), ("Ѓоревски", "Ѓоревска"),
    ("Ќурчиски", "Ќурчиска"), ("Џамбазовски", "Џамбазовска"), ("Шопоски", "Шопоска"),
    ("Чаловски", "Чаловска"), ("Стојанов", "Стојанова"), ("Петров", "Петрова"),
    ("Трајков", "Трајкова"), ("Николов", "Николова"), ("Јованов", "Јованова"),
    ("Христов", "Христова"), ("Атанасов", "Атанасова"), ("Ангелов", "Ангелова"),
    ("Тодоров", "Тодорова"), ("Арсов", "Арсова"), ("Ефтимов", "Ефтимова"),
    ("Стојков", "Стојкова"), ("Зафиров", "Зафирова"), ("Спасов", "Спасова"),
    ("Митев", "Митева"), ("Андреев", "Андреева"), ("Ѓорѓиев", "Ѓорѓиева"), ("Илиев", "Илиева"),
    ("Тасев", "Тасева"), ("Велев", "Велева"), ("Крстев", "Крстева"), ("Манев", "Манева"),
    ("Нацев", "Нацева"), ("Гошев", "Гошева"), ("Пешев", "Пешева"),
]

_MK = {
    "male": [
        "Александар", "Бојан", "Горан", "Дејан", "Драган", "Зоран", "Игор", "Иван", "Јован",
        "Кирил", "Методија", "Љупчо", "Марко", "Никола", "Петар", "Ристо", "Стефан", "Трајче",
        "Филип", "Владимир", "Васко", "Гоце", "Даме", "Ѓорѓи", "Ѓоко", "Жарко", "Златко",
        "Илија", "Коста", "Лазар", "Мирче", "Пеце", "Сашко", "Славчо", "Стојан", "Трифун",
        "Благоја", "Ванчо", "Кочо", "Бранко", "Дарко", "Виктор", "Здравко", "Наум", "Ацо",
        "Душко", "Ѓорѓија",
    ],
    "female": [
        "Ана", "Марија", "Елена", "Ивана", "Катерина", "Билјана", "Весна", "Снежана", "Гордана",
        "Јасмина", "Марина", "Наташа", "Сања", "Тања", "Александра", "Ангела", "Бојана",
        "Верица", "Даниела", "Драгана", "Ефимија", "Зорица", "Ирена", "Јована", "Кристина",
        "Лидија", "Љубица", "Маја", "Милка", "Невена", "Оливера", "Радмила", "Светлана",
        "Силвана", "Софија", "Стефанија", "Теодора", "Фросина", "Христина", "Цветанка",
        "Благица", "Слаѓана", "Ѓурѓица",
    ],
    "family": [masc for masc, _fem in _MK_FAMILY],
    "family_female": [fem for _masc, fem in _MK_FAMILY],
    "fathers": True,
}

# Albanians of North Macedonia, written in Latin script.
_MK_SQ = {
    "male": [
        "Arben", "Ardian", "Besim", "Bujar", "Driton", "Fadil", "Gazmend", "Hajrulla", "Ilir",
        "Jetmir", "Kushtrim", "Lirim", "Mentor", "Naser", "Qenan", "Rizvan", "Shaban",
        "Skender", "Xhemail", "Visar", "Agim", "Afrim", "Blerim", "Fatmir", "Fisnik", "Gëzim",
        "Halil", "Ismet", "Izet", "Labinot", "Liridon", "Mevlan", "Nuredin", "Orhan", "Refik",
        "Sami", "Selim", "Valdet", "Xhevat", "Zeqir", "Arianit", "Burim", "Emrush", "Çerkin",
    ],
    "female": [
        "Arbnore", "Ardita", "Blerina", "Besarta", "Donjeta", "Drilona", "Egzona", "Flora",
        "Fitore", "Gentiana", "Hanife", "Hava", "Jehona", "Kaltrina", "Lirie", "Leonora",
        "Mirlinda", "Merita", "Mirvete", "Nurije", "Qendresa", "Rinore", "Shpresa", "Selvije",
        "Teuta", "Vlora", "Valentina", "Vesa", "Xhevrije", "Yllza", "Zarife", "Arta", "Besiana",
        "Diellza", "Edona", "Fatime", "Ganimete", "Hatixhe", "Liridona", "Majlinda", "Shqipe",
        "Dhurata",
    ],
    "family": [
        "Ismaili", "Rexhepi", "Selimi", "Sulejmani", "Memeti", "Jusufi", "Iljazi", "Aliu",
        "Bajrami", "Demiri", "Zeqiri", "Idrizi", "Salihu", "Veliu", "Shabani", "Qazimi",
        "Asani", "Bexheti", "Ademi", "Hasani", "Mustafi", "Ramadani", "Emini", "Useini",
        "Xhemaili", "Iseni", "Abdullahu", "Rustemi", "Sadiku", "Rufati", "Limani", "Nuhiu",
        "Ajdini", "Halimi", "Kadriu", "Rushiti", "Ibraimi", "Latifi", "Mehmedi", "Murati",
        "Dauti", "Mifiti", "Nexhipi", "Saliu", "Arifi", "Elezi", "Fazliu", "Islami", "Jakupi",
        "Kamberi", "Kurtishi", "Musliu", "Neziri", "Pajaziti", "Qerimi", "Ramani", "Zendeli",
        "Fetai", "Sherifi", "Dalipi", "Çupi", "Bilalli",
    ],
    "family_female": None,
    "fathers": True,
}
# fmt: on


NAMES: dict[str, dict] = {
    "sq": _SQ,
    "sr-cyrl": _SR_CYRL,
    "sr-latn": _SR_LATN,
    "bs": _BS,
    "cnr": _CNR,
    "mk": _MK,
    "mk-sq": _MK_SQ,
}

# ---------------------------------------------------------------------------------------------
# Which name sets each demo service draws from, with their shares (each row sums to 1.0).
# ---------------------------------------------------------------------------------------------

COUNTRY_DEMO: dict[str, list[tuple[str, float]]] = {
    "AL": [("sq", 1.0)],
    "XK": [("sq", 0.85), ("sr-cyrl", 0.10), ("bs", 0.05)],
    "ME": [("cnr", 0.75), ("bs", 0.1), ("sq", 0.1), ("sr-cyrl", 0.05)],
    "MK": [("mk", 0.72), ("mk-sq", 0.25), ("sr-cyrl", 0.03)],
    "RS": [("sr-cyrl", 0.5), ("sr-latn", 0.4), ("bs", 0.05), ("sq", 0.05)],
    "BA-ST": [("bs", 0.7), ("sr-cyrl", 0.3)],
    "BA-FBIH": [("bs", 1.0)],
    "BA-RS": [("sr-cyrl", 0.85), ("bs", 0.15)],
    "BA-BD": [("bs", 0.7), ("sr-cyrl", 0.3)],
}

# ---------------------------------------------------------------------------------------------
# The administrations. Real, official-style names for the services themselves only.
# ---------------------------------------------------------------------------------------------

SERVICE_INFO: dict[str, dict] = {
    "AL": {
        "name": "Drejtoria e Përgjithshme e Burgjeve",
        "name_en": "General Directorate of Prisons",
        "country": "AL",
        "languages": ["sq"],
        "timezone": "Europe/Tirane",
        "default_locale": "sq",
    },
    "XK": {
        "name": "Shërbimi Korrektues i Kosovës",
        "name_en": "Kosovo Correctional Service",
        "country": "XK",
        "languages": ["sq", "sr"],
        "timezone": "Europe/Belgrade",
        "default_locale": "sq",
    },
    "ME": {
        "name": "Uprava za izvršenje krivičnih sankcija",
        "name_en": "Directorate for the Execution of Criminal Sanctions",
        "country": "ME",
        "languages": ["cnr", "sq"],
        "timezone": "Europe/Podgorica",
        "default_locale": "cnr",
    },
    "MK": {
        "name": "Управа за извршување на санкциите",
        "name_en": "Directorate for the Execution of Sanctions",
        "country": "MK",
        "languages": ["mk", "sq"],
        "timezone": "Europe/Skopje",
        "default_locale": "mk",
    },
    "RS": {
        "name": "Управа за извршење кривичних санкција",
        "name_en": "Administration for the Enforcement of Penal Sanctions",
        "country": "RS",
        "languages": ["sr", "sr-latn"],
        "timezone": "Europe/Belgrade",
        "default_locale": "sr",
    },
    "BA-ST": {
        "name": "Ministarstvo pravde BiH — Zavod za izvršenje krivičnih sankcija, pritvora i drugih mjera",
        "name_en": "Ministry of Justice of BiH — Institution for the Enforcement of Criminal Sanctions, "
        "Detention and Other Measures",
        "country": "BA",
        "languages": ["bs", "hr", "sr"],
        "timezone": "Europe/Sarajevo",
        "default_locale": "bs",
    },
    "BA-FBIH": {
        "name": "Federalno ministarstvo pravde — Sektor za izvršenje krivičnih sankcija",
        "name_en": "Federal Ministry of Justice — Sector for the Enforcement of Criminal Sanctions",
        "country": "BA",
        "languages": ["bs", "hr", "sr"],
        "timezone": "Europe/Sarajevo",
        "default_locale": "bs",
    },
    "BA-RS": {
        "name": "Министарство правде Републике Српске — Ресор за извршење кривичних санкција",
        "name_en": "Ministry of Justice of Republika Srpska — Department for the Enforcement of "
        "Criminal Sanctions",
        "country": "BA",
        "languages": ["bs", "hr", "sr"],
        "timezone": "Europe/Sarajevo",
        "default_locale": "sr",
    },
    "BA-BD": {
        "name": "Pravosudna komisija Brčko distrikta BiH — Služba za izvršenje krivičnih sankcija",
        "name_en": "Judicial Commission of the Brčko District of BiH — Service for the Enforcement "
        "of Criminal Sanctions",
        "country": "BA",
        "languages": ["bs", "hr", "sr"],
        "timezone": "Europe/Sarajevo",
        "default_locale": "bs",
    },
}

# ---------------------------------------------------------------------------------------------
# Fictional establishments and their units, named the way each administration names them.
# Place names are invented or generic; none is the site of a real prison.
# ---------------------------------------------------------------------------------------------

ESTABLISHMENTS: dict[str, list[dict]] = {
    "AL": [
        {
            "code": "AL-IEVP1",
            "name": "Instituti i Ekzekutimit të Vendimeve Penale Gurëbardh",
            "units": [
                "Reparti i pritjes",
                "Seksioni A",
                "Seksioni B",
                "Seksioni i sigurisë së lartë",
            ],
        },
        {
            "code": "AL-IEVP2",
            "name": "Instituti i Ekzekutimit të Vendimeve Penale Lumëzi",
            "units": [
                "Reparti i pritjes",
                "Seksioni i grave",
                "Seksioni i të miturve",
                "Seksioni i përgjithshëm",
            ],
        },
        {
            "code": "AL-IEVP3",
            "name": "Instituti i Paraburgimit Malëvesh",
            "units": ["Reparti i pritjes", "Seksioni i paraburgimit", "Seksioni i izolimit"],
        },
    ],
    "XK": [
        {
            "code": "XK-QK1",
            "name": "Qendra Korrektuese Bardhaj",
            "units": [
                "Njësia pranuese",
                "Pavijoni 1",
                "Pavijoni 2",
                "Njësia e sigurisë së lartë",
            ],
        },
        {
            "code": "XK-QK2",
            "name": "Qendra Korrektuese Guriqaf",
            "units": ["Njësia pranuese", "Njësia e grave", "Njësia e të miturve"],
        },
        {
            "code": "XK-QP1",
            "name": "Qendra e Paraburgimit Lisëvoll",
            "units": ["Njësia pranuese", "Njësia e paraburgimit", "Njësia e izolimit"],
        },
    ],
    "ME": [
        {
            "code": "ME-KPD1",
            "name": "Kazneno-popravni dom Vranovo Polje",
            "units": [
                "Prijemno odjeljenje",
                "Paviljon A",
                "Paviljon B",
                "Odjeljenje pojačanog nadzora",
            ],
        },
        {
            "code": "ME-ZAT1",
            "name": "Zatvor Crnolje",
            "units": [
                "Prijemno odjeljenje",
                "Odjeljenje za žene",
                "Odjeljenje za maloljetnike",
                "Zatvoreno odjeljenje",
            ],
        },
        {
            "code": "ME-IZ1",
            "name": "Istražni zatvor Gornji Brijeg",
            "units": ["Prijemno odjeljenje", "Odjeljenje pritvora", "Odjeljenje za izdvajanje"],
        },
    ],
    "MK": [
        {
            "code": "MK-KPU1",
            "name": "КПУ Казнено-поправен дом Беловоде",
            "units": [
                "Приемно одделение",
                "Затворен дел",
                "Полуотворен дел",
                "Одделение со зголемено обезбедување",
            ],
        },
        {
            "code": "MK-KPU2",
            "name": "КПУ Затвор Горно Лесково",
            "units": [
                "Приемно одделение",
                "Женско одделение",
                "Одделение за притвор",
                "Отворен дел",
            ],
        },
        {
            "code": "MK-VPD1",
            "name": "КПУ Воспитно-поправен дом Ореово",
            "units": ["Приемно одделение", "Одделение за малолетници", "Одделение за осамување"],
        },
    ],
    "RS": [
        {
            "code": "RS-KPZ1",
            "name": "Казнено-поправни завод Равни Дол",
            "units": [
                "Пријемно одељење",
                "Павиљон А",
                "Павиљон Б",
                "Одељење појачаног надзора",
            ],
        },
        {
            "code": "RS-KPZ2",
            "name": "Казнено-поправни завод Липово Брдо",
            "units": ["Пријемно одељење", "Женско одељење", "Затворено одељење", "Отворено одељење"],
        },
        {
            "code": "RS-OZ1",
            "name": "Окружни затвор Сребрни Поток",
            "units": ["Пријемно одељење", "Притворско одељење", "Одељење за издвајање"],
        },
        {
            "code": "RS-VPD1",
            "name": "Васпитно-поправни дом Бела Ливада",
            "units": ["Пријемно одељење", "Одељење за малолетнике", "Одељење за млађе пунолетнике"],
        },
    ],
    "BA-ST": [
        {
            "code": "BA-ST-Z1",
            "name": "Zavod za izvršenje krivičnih sankcija, pritvora i drugih mjera BiH — Objekat Lugovi",
            "units": [
                "Prijemno odjeljenje",
                "Odjeljenje visokog stepena sigurnosti",
                "Odjeljenje za žene",
                "Opće odjeljenje",
            ],
        },
        {
            "code": "BA-ST-P1",
            "name": "Zavod za izvršenje krivičnih sankcija, pritvora i drugih mjera BiH — Pritvorska jedinica Ravnine",
            "units": ["Prijemno odjeljenje", "Pritvorsko odjeljenje", "Odjeljenje za izdvajanje"],
        },
    ],
    "BA-FBIH": [
        {
            "code": "BA-FBIH-KPZ1",
            "name": "Kazneno-popravni zavod zatvorenog tipa Jasenovo Brdo",
            "units": [
                "Prijemno odjeljenje",
                "Paviljon I",
                "Paviljon II",
                "Odjeljenje pojačanog nadzora",
            ],
        },
        {
            "code": "BA-FBIH-KPZ2",
            "name": "Kazneno-popravni zavod poluotvorenog tipa Bukovik",
            "units": [
                "Prijemno odjeljenje",
                "Ženski odjel",
                "Odjeljenje za maloljetnike",
                "Poluotvoreno odjeljenje",
            ],
        },
        {
            "code": "BA-FBIH-KPZ3",
            "name": "Kazneno-popravni zavod otvorenog tipa Lipova Ravan",
            "units": ["Prijemno odjeljenje", "Otvoreno odjeljenje", "Ekonomija"],
        },
    ],
    "BA-RS": [
        {
            "code": "BA-RS-KPZ1",
            "name": "Казнено-поправни завод Горња Ријека",
            "units": [
                "Пријемно одјељење",
                "Затворено одјељење",
                "Полуотворено одјељење",
                "Одјељење за посебан надзор",
            ],
        },
        {
            "code": "BA-RS-KPZ2",
            "name": "Казнено-поправни завод Равни Гај",
            "units": [
                "Пријемно одјељење",
                "Одјељење за жене",
                "Одјељење за малољетнике",
                "Отворено одјељење",
            ],
        },
        {
            "code": "BA-RS-KPZ3",
            "name": "Казнено-поправни завод Брезово Поље — Притворска јединица",
            "units": ["Пријемно одјељење", "Притворско одјељење"],
        },
    ],
    "BA-BD": [
        {
            "code": "BA-BD-PJ1",
            "name": "Pritvorska jedinica Brčko distrikta BiH — Objekat Savski Gaj",
            "units": [
                "Prijemno odjeljenje",
                "Pritvorsko odjeljenje",
                "Odjeljenje za žene",
                "Odjeljenje za izdvajanje",
            ],
        },
        {
            "code": "BA-BD-KPZ1",
            "name": "Kazneno-popravni zavod Brčko distrikta BiH — Objekat Ravne Njive",
            "units": ["Prijemno odjeljenje", "Zatvoreno odjeljenje", "Otvoreno odjeljenje"],
        },
    ],
}

PROBATION_OFFICES: dict[str, list[dict]] = {
    "AL": [{"code": "AL-PROB1", "name": "Shërbimi i Provës — Zyra Vendore Gurëbardh"}],
    "XK": [{"code": "XK-PROB1", "name": "Shërbimi Sprovues i Kosovës — Zyra Rajonale Bardhaj"}],
    "ME": [{"code": "ME-PROB1", "name": "Kancelarija za probaciju Vranovo Polje"}],
    "MK": [{"code": "MK-PROB1", "name": "Пробациска канцеларија Горно Лесково"}],
    "RS": [{"code": "RS-PROB1", "name": "Повереништво за извршење ванзаводских санкција Равни Дол"}],
    "BA-ST": [{"code": "BA-ST-PROB1", "name": "Služba za alternativne sankcije — Ured Lugovi"}],
    "BA-FBIH": [{"code": "BA-FBIH-PROB1", "name": "Služba za alternativne sankcije — Ured Bukovik"}],
    "BA-RS": [{"code": "BA-RS-PROB1", "name": "Служба за алтернативне санкције — Канцеларија Горња Ријека"}],
    "BA-BD": [{"code": "BA-BD-PROB1", "name": "Služba za alternativne sankcije — Ured Savski Gaj"}],
}

# ---------------------------------------------------------------------------------------------
# Generic offence descriptions (not tied to any one criminal code).
# ---------------------------------------------------------------------------------------------

OFFENCE_CATEGORIES = (
    "violent",
    "property",
    "drugs",
    "sexual",
    "terrorism",
    "organised_crime",
    "traffic",
    "fraud",
    "public_order",
    "other",
)

OFFENCE_SAMPLES: list[dict] = [
    {"code": "MURDER", "category": "violent", "label_en": "Murder"},
    {"code": "MURDER_ATT", "category": "violent", "label_en": "Attempted murder"},
    {"code": "GBH", "category": "violent", "label_en": "Grievous bodily harm"},
    {"code": "ROBBERY", "category": "violent", "label_en": "Robbery"},
    {"code": "DOMESTIC_VIOLENCE", "category": "violent", "label_en": "Domestic violence"},
    {"code": "THEFT_AGG", "category": "property", "label_en": "Aggravated theft"},
    {"code": "THEFT", "category": "property", "label_en": "Theft"},
    {"code": "BURGLARY", "category": "property", "label_en": "Burglary"},
    {"code": "DRUG_TRAFFICKING", "category": "drugs", "label_en": "Drug trafficking"},
    {"code": "DRUG_POSSESSION", "category": "drugs", "label_en": "Unlawful possession of narcotic drugs"},
    {"code": "RAPE", "category": "sexual", "label_en": "Rape"},
    {"code": "TERR_ORG", "category": "terrorism", "label_en": "Participation in a terrorist organisation"},
    {"code": "TERR_INCITE", "category": "terrorism", "label_en": "Public incitement to terrorist offences"},
    {"code": "FOREIGN_FIGHT", "category": "terrorism", "label_en": "Joining foreign armed formations"},
    {"code": "TERR_FINANCE", "category": "terrorism", "label_en": "Financing of terrorism"},
    {"code": "ORG_CRIME", "category": "organised_crime", "label_en": "Membership of a criminal organisation"},
    {"code": "HUMAN_TRAFFICKING", "category": "organised_crime", "label_en": "Trafficking in human beings"},
    {"code": "TRAFFIC_DEATH", "category": "traffic", "label_en": "Endangering public traffic causing death"},
    {"code": "FRAUD", "category": "fraud", "label_en": "Fraud"},
    {"code": "TAX_EVASION", "category": "fraud", "label_en": "Tax evasion"},
    {"code": "WEAPONS", "category": "public_order", "label_en": "Unlawful possession of weapons"},
    {
        "code": "HATE_INCITE",
        "category": "public_order",
        "label_en": "Incitement to national, racial or religious hatred",
    },
    {"code": "EXTORTION", "category": "property", "label_en": "Extortion"},
    {"code": "ESCAPE", "category": "other", "label_en": "Escape from lawful custody"},
]

__all__ = [
    "COUNTRY_DEMO",
    "ESTABLISHMENTS",
    "NAMES",
    "OFFENCE_CATEGORIES",
    "OFFENCE_SAMPLES",
    "PROBATION_OFFICES",
    "SERVICE_INFO",
]

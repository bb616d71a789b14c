"""Synthetic plan and programme texts for the demo region, in the region's languages (fictional).

Used by the demo seeder to build individualised sentence plans and a programme catalogue. Every
text is invented: no real people, no real organisations (providers are generic units of "the
establishment" or clearly fictional associations), nothing taken from proprietary instruments.
Religion, ethnicity and belief are never treated as indicators of risk; where a goal touches on
identity, belonging or faith it is the person's own wish, and religious counselling is voluntary.

Goals, framings and steps are written so that they fit a person of any sex: the Slavic texts use
present or future tense in the prisoner's own words and infinitive or nominal forms in the staff's
framing and steps, avoiding the gendered past tense. Serbian Latin ("sr-latn") is an exact
transliteration of the Serbian Cyrillic ("sr").

Pure data: no Django imports, so it can be loaded anywhere (settings, tests, scripts).
"""

# Languages, in the order the region lists them.
LANGUAGES = ["sq", "sr", "sr-latn", "bs", "hr", "cnr", "mk", "en"]

# The code lists are packed several to a line; keep them that way.
# fmt: off
# Area codes (must be exactly these): accommodation, ete, finance, family, health, substance_use, thinking,
# disengagement, identity.
AREAS = [
    "accommodation", "ete", "finance", "family", "health", "substance_use", "thinking", "disengagement",
    "identity",
]

# Who carries a step out (the plan's Step.Owner values).
OWNERS = ["case_manager", "staff", "programme", "partner", "prisoner", "family"]

# Programme types (Programme.Kind), evidence levels (Programme.Evidence) and target groups.
KINDS = [
    "disengagement", "cognitive_behavioural", "education", "vocational", "work", "religious_counselling",
    "mentoring", "family", "sport_culture", "health",
]
EVIDENCE = ["evaluated", "promising", "theory", "none"]
TARGET_GROUPS = ["juvenile", "young_adult", "female", "first_time"]

# The data below keeps one step per line even where a line runs long; keep it that way.


# ---------------------------------------------------------------------------------------------
# Goals, per language and area of need: two each, in the prisoner's own words, the case manager's
# framing, and two or three steps as (owner, what).
# ---------------------------------------------------------------------------------------------
GOALS = {
    "sq": {
        "accommodation": [
            {
                "own_words": "Nuk e di ku do të jetoj kur të dal. Nuk dua të përfundoj në rrugë.",
                "framing": "Sigurimi i një strehimi të qëndrueshëm pas lirimit.",
                "steps": [
                    ("case_manager", "Të referohet rasti në qendrën për punë sociale për vlerësimin e nevojave për strehim."),
                    ("partner", "OJQ-ja lokale «Rruga e re»: të prezantojë mundësitë e strehimit me mbështetje."),
                    ("prisoner", "Të plotësojë kërkesën për strehim me ndihmën e menaxherit të rastit."),
                ],
            },
            {
                "own_words": "Dua të kthehem në banesën e nënës, por më parë duhet të jetë ajo dakord.",
                "framing": "Konfirmimi me familjen i një adrese të sigurt pas lirimit.",
                "steps": [
                    ("family", "Nëna konfirmon me shkrim se pranon kthimin në shtëpi."),
                    ("case_manager", "Të kërkohet nga shërbimi i provës një vizitë në shtëpi."),
                ],
            },
        ],
        "ete": [
            {
                "own_words": "Nuk e kam mbaruar shkollën fillore. Dua të mësoj të lexoj e të shkruaj mirë.",
                "framing": "Përmirësimi i shkrim-leximit dhe përfundimi i arsimit bazë.",
                "steps": [
                    ("staff", "Mësuesi: vlerësim fillestar i leximit dhe i shkrimit."),
                    ("programme", "Të përfshihet në kursin e shkrim-leximit dhe të aritmetikës bazë."),
                    ("prisoner", "Të ndjekë mësimet të paktën dy herë në javë."),
                ],
            },
            {
                "own_words": "Dua të mësoj një zanat të vërtetë, ndoshta saldimin, që të gjej punë kur të dal.",
                "framing": "Marrja e një kualifikimi profesional të njohur, në përputhje me nevojat e tregut vendor të punës.",
                "steps": [
                    ("programme", "Të regjistrohet në kursin e saldimit."),
                    ("partner", "Zyra e punësimit: këshillim për vendet e lira të punës tre muaj para lirimit."),
                    ("prisoner", "Të punojë në punishten e institucionit për të fituar përvojë."),
                ],
            },
        ],
        "finance": [
            {
                "own_words": "Kam borxhe të vjetra dhe kam frikë se do të më presin kur të dal.",
                "framing": "Krijimi i një pasqyre të qartë të borxheve ekzistuese dhe fillimi i zgjidhjes së tyre.",
                "steps": [
                    ("case_manager", "Të listohen bashkërisht të gjitha borxhet dhe kreditorët."),
                    ("partner", "Shërbimi i ndihmës juridike falas: këshillë për një marrëveshje shlyerjeje."),
                ],
            },
            {
                "own_words": "Nuk kam llogari bankare dhe nuk di t'i menaxhoj mirë paratë.",
                "framing": "Zhvillimi i aftësive bazë për buxhetin dhe pajisja me dokumente identifikimi dhe bankare para lirimit.",
                "steps": [
                    ("staff", "Punonjësi social: ndihmë për aplikimin për një kartë identiteti të re."),
                    ("programme", "Të ndjekë kursin për menaxhimin e parave."),
                    ("prisoner", "Të mbajë një buxhet të thjeshtë mujor me të ardhurat nga puna në institucion."),
                ],
            },
        ],
        "family": [
            {
                "own_words": "Dua që fëmijët të më njohin. Prej një viti nuk më kanë parë.",
                "framing": "Rikthimi i kontaktit të sigurt dhe të rregullt me fëmijët.",
                "steps": [
                    ("case_manager", "Të kontaktohet qendra për punë sociale për vizita të mbikëqyrura."),
                    ("family", "Personi që kujdeset për fëmijët bie dakord për një orar vizitash."),
                    ("prisoner", "T'u shkruajë fëmijëve çdo dy javë."),
                ],
            },
            {
                "own_words": "Prindërit po plaken dhe mezi flasim me njëri-tjetrin. Dua të jem sërish pranë tyre.",
                "framing": "Rindërtimi i marrëdhënies me prindërit dhe përgatitja e familjes për kthimin.",
                "steps": [
                    ("programme", "Të përfshihet në programin për lidhjet familjare dhe prindërimin."),
                    ("family", "Prindërit vijnë për vizitë një herë në muaj."),
                    ("staff", "Punonjësi social: organizimi i një takimi familjar para lirimit."),
                ],
            },
        ],
        "health": [
            {
                "own_words": "Fle keq dhe e kam kokën plot mendime të zeza.",
                "framing": "Trajtimi i problemeve të gjumit dhe i gjendjes së rënduar shpirtërore, bashkë me shërbimin shëndetësor.",
                "steps": [
                    ("staff", "Mjeku i institucionit: vlerësim i gjumit dhe i gjendjes shpirtërore."),
                    ("programme", "Të përfshihet në grupin për stresin, gjumin dhe mirëqenien."),
                    ("prisoner", "Të bëjë ushtrime fizike të paktën tri herë në javë."),
                ],
            },
            {
                "own_words": "Para se të dal, duhet të rregulloj dhëmbët dhe tensionin.",
                "framing": "Trajtimi i problemeve shëndetësore të pazgjidhura dhe sigurimi i vazhdimësisë së kujdesit pas lirimit.",
                "steps": [
                    ("staff", "Shërbimi mjekësor: caktimi i një kontrolli te dentisti dhe i kontrollit të tensionit."),
                    ("case_manager", "Të organizohet regjistrimi te mjeku i familjes në vendbanim."),
                ],
            },
        ],
        "substance_use": [
            {
                "own_words": "Sa herë që kishte probleme, alkooli ishte aty. Dua ta lë pijen.",
                "framing": "Ulja e përdorimit të alkoolit dhe kuptimi i lidhjes së tij me veprat penale.",
                "steps": [
                    ("programme", "Të ndjekë grupin për alkoolin dhe drogën."),
                    ("staff", "Psikologu: hartimi i një plani për parandalimin e rikthimit në përdorim."),
                    ("partner", "Të vendoset kontakt me një grup vetëndihme në vendbanim para lirimit."),
                ],
            },
            {
                "own_words": "Heroina më mori vite nga jeta. Këtu nuk përdor asgjë, por kam frikë se jashtë do të kthehem te e vjetra.",
                "framing": "Ruajtja e abstinencës dhe planifikimi i trajtimit që vazhdon pas lirimit.",
                "steps": [
                    ("staff", "Mjeku: shqyrtimi i mundësive të trajtimit, përfshirë terapinë zëvendësuese."),
                    ("case_manager", "Të caktohet një takim në qendrën për trajtimin e varësive për javën e lirimit."),
                    ("prisoner", "Të marrë pjesë në grupin javor të mbështetjes."),
                ],
            },
        ],
        "thinking": [
            {
                "own_words": "Nxehem shpejt dhe pastaj pendohem. Dua të mësoj të ndalem në kohë.",
                "framing": "Zhvillimi i aftësive për menaxhimin e zemërimit dhe zgjidhjen e konflikteve pa dhunë.",
                "steps": [
                    ("programme", "Të përfundojë programin për aftësitë e të menduarit dhe menaxhimin e zemërimit."),
                    ("prisoner", "Të mbajë një ditar për situatat e vështira dhe si u përballuan."),
                ],
            },
            {
                "own_words": "Shpesh shkoj pas të tjerëve pa menduar se çfarë do të ndodhë, e pastaj e paguaj unë.",
                "framing": "Forcimi i aftësive për zgjidhjen e problemeve dhe i të menduarit për pasojat përpara veprimit.",
                "steps": [
                    ("programme", "Të marrë pjesë në punëtoritë për zgjidhjen e problemeve."),
                    ("case_manager", "Në çdo takim të shqyrtohet një situatë reale nga ditari."),
                ],
            },
        ],
        "disengagement": [
            {
                "own_words": "Dua t'i lë pas atë grup dhe ato ide dhe të bëj një jetë normale.",
                "framing": "Mbështetja e shkëputjes vullnetare nga grupi i dhunshëm dhe rrjetet e tij.",
                "steps": [
                    ("programme", "Pjesëmarrje vullnetare në programin «Udhëkryqi», me një mentor të caktuar."),
                    ("staff", "Psikologu: seanca individuale krahas programit."),
                    ("case_manager", "Planifikimi i kontakteve dhe i aktiviteteve të reja shoqërore pas lirimit."),
                ],
            },
            {
                "own_words": "Tani shumë gjëra i shoh ndryshe. Dua të flas me dikë që nuk do të më gjykojë menjëherë.",
                "framing": "Ndërtimi i një marrëdhënieje besimi që mbështet reflektimin mbi përfshirjen e mëparshme në dhunë.",
                "steps": [
                    ("partner", "Takime të rregullta me një mentor të trajnuar nga programi «Udhëkryqi»."),
                    ("prisoner", "Të zgjedhë bashkë me mentorin temat mbi të cilat do të punojë."),
                ],
            },
        ],
        "identity": [
            {
                "own_words": "Kur të dal, dua t'i përkas sërish lagjes sime, e jo të jem dikush që njerëzit e shmangin.",
                "framing": "Forcimi i ndjenjës së përkatësisë dhe i një roli pozitiv në komunitetin vendor.",
                "steps": [
                    ("partner", "Qendra e vullnetarizmit: ofrimi i një angazhimi vullnetar në komunitet pas lirimit."),
                    ("case_manager", "Bisedë se cilët njerëz dhe cilat vende mund ta mbështesin një fillim të ri."),
                ],
            },
            {
                "own_words": "Dua ta gjej sërish kuptimin e jetës. Besimi dikur më jepte qetësi.",
                "framing": "Mbështetja e kërkimit të kuptimit dhe qëllimit, përfshirë kontaktin vullnetar me një përfaqësues fetar, nëse personi e kërkon.",
                "steps": [
                    ("staff", "Me kërkesë, organizimi i një takimi me një përfaqësues fetar sipas zgjedhjes së personit."),
                    ("programme", "Të përfshihet në grupin e leximit dhe të bisedës në bibliotekë."),
                    ("prisoner", "Të mendojë se çfarë i jep kuptim jetës dhe ta diskutojë në rishikimin e ardhshëm të planit."),
                ],
            },
        ],
    },
    "sr": {
        "accommodation": [
            {
                "own_words": "Не знам где ћу да живим кад изађем. Нећу да завршим на улици.",
                "framing": "Обезбедити стабилан смештај након изласка на слободу.",
                "steps": [
                    ("case_manager", "Упутити захтев центру за социјални рад за процену стамбених потреба."),
                    ("partner", "Удружење „Нови пут“: представити могућности становања уз подршку."),
                    ("prisoner", "Попунити захтев за смештај уз помоћ водитеља случаја."),
                ],
            },
            {
                "own_words": "Хоћу да се вратим у мајчин стан, али она прво мора да пристане.",
                "framing": "Потврдити безбедну адресу након отпуста, договорену с породицом.",
                "steps": [
                    ("family", "Мајка писмено потврђује да пристаје на повратак кући."),
                    ("case_manager", "Затражити кућну посету од повереника за алтернативне санкције."),
                ],
            },
        ],
        "ete": [
            {
                "own_words": "Немам завршену основну школу. Хоћу да научим добро да читам и пишем.",
                "framing": "Унапредити писменост и завршити основно образовање.",
                "steps": [
                    ("staff", "Наставник: почетна процена читања и писања."),
                    ("programme", "Укључити се у курс основне писмености и рачунања."),
                    ("prisoner", "Похађати наставу најмање два пута недељно."),
                ],
            },
            {
                "own_words": "Хоћу да изучим прави занат, можда заваривање, да нађем посао кад изађем.",
                "framing": "Стећи признату стручну квалификацију усклађену с потребама локалног тржишта рада.",
                "steps": [
                    ("programme", "Уписати курс заваривања."),
                    ("partner", "Филијала службе за запошљавање: саветовање о слободним радним местима три месеца пре отпуста."),
                    ("prisoner", "Радити у радионици завода ради стицања искуства."),
                ],
            },
        ],
        "finance": [
            {
                "own_words": "Имам старе дугове и плашим се да ће ме дочекати кад изађем.",
                "framing": "Направити јасан преглед постојећих дугова и започети њихово решавање.",
                "steps": [
                    ("case_manager", "Заједно пописати све дугове и повериоце."),
                    ("partner", "Служба бесплатне правне помоћи: савет о договору о отплати."),
                ],
            },
            {
                "own_words": "Немам рачун у банци и не знам баш да управљам новцем.",
                "framing": "Развити основне вештине планирања буџета и пре отпуста прибавити лична и банковна документа.",
                "steps": [
                    ("staff", "Социјални радник: помоћ при подношењу захтева за нову личну карту."),
                    ("programme", "Похађати курс управљања новцем."),
                    ("prisoner", "Водити једноставан месечни буџет од зараде у заводу."),
                ],
            },
        ],
        "family": [
            {
                "own_words": "Хоћу да ме деца познају. Нису ме видела већ годину дана.",
                "framing": "Обновити безбедан и редован контакт с децом.",
                "steps": [
                    ("case_manager", "Контактирати центар за социјални рад у вези с посетама под надзором."),
                    ("family", "Особа која брине о деци договара распоред посета."),
                    ("prisoner", "Писати деци сваке две недеље."),
                ],
            },
            {
                "own_words": "Родитељи су остарили, а ми једва да причамо. Хоћу поново да им будем ослонац.",
                "framing": "Обновити однос с родитељима и припремити породицу за повратак.",
                "steps": [
                    ("programme", "Укључити се у програм породичних веза и родитељства."),
                    ("family", "Родитељи долазе у посету једном месечно."),
                    ("staff", "Социјални радник: организовати породични састанак пре отпуста."),
                ],
            },
        ],
        "health": [
            {
                "own_words": "Лоше спавам и глава ми је пуна црних мисли.",
                "framing": "Уз здравствену службу решити проблеме са спавањем и лоше расположење.",
                "steps": [
                    ("staff", "Лекар завода: процена сна и расположења."),
                    ("programme", "Укључити се у групу за стрес, сан и добробит."),
                    ("prisoner", "Вежбати најмање три пута недељно."),
                ],
            },
            {
                "own_words": "Пре изласка морам да средим зубе и притисак.",
                "framing": "Збринути отворене здравствене проблеме и обезбедити наставак лечења након отпуста.",
                "steps": [
                    ("staff", "Здравствена служба: заказати стоматолошки преглед и контролу притиска."),
                    ("case_manager", "Договорити пријаву код изабраног лекара у месту пребивалишта."),
                ],
            },
        ],
        "substance_use": [
            {
                "own_words": "Сваки пут кад је било проблема, ту је био алкохол. Хоћу да престанем да пијем.",
                "framing": "Смањити конзумирање алкохола и разумети његову везу с вршењем кривичних дела.",
                "steps": [
                    ("programme", "Похађати групу за алкохол и дроге."),
                    ("staff", "Психолог: израда плана превенције рецидива."),
                    ("partner", "Пре отпуста успоставити контакт с групом самопомоћи у месту становања."),
                ],
            },
            {
                "own_words": "Хероин ми је узео године живота. Овде ништа не узимам, али плашим се да ћу се напољу вратити на старо.",
                "framing": "Одржати апстиненцију и планирати лечење које се наставља након отпуста.",
                "steps": [
                    ("staff", "Лекар: размотрити могућности лечења, укључујући супституциону терапију."),
                    ("case_manager", "Заказати термин у центру за лечење болести зависности за недељу отпуста."),
                    ("prisoner", "Учествовати у недељној групи подршке."),
                ],
            },
        ],
        "thinking": [
            {
                "own_words": "Брзо планем и после ми је жао. Хоћу да научим да станем на време.",
                "framing": "Развити вештине управљања бесом и решавања сукоба без насиља.",
                "steps": [
                    ("programme", "Завршити програм вештина размишљања и управљања бесом."),
                    ("prisoner", "Водити дневник тешких ситуација и начина на који су решене."),
                ],
            },
            {
                "own_words": "Често само идем за другима, не размишљам шта ће бити, а онда то ја платим.",
                "framing": "Ојачати решавање проблема и размишљање о последицама пре деловања.",
                "steps": [
                    ("programme", "Учествовати у радионицама решавања проблема."),
                    ("case_manager", "На сваком састанку проћи једну стварну ситуацију из дневника."),
                ],
            },
        ],
        "disengagement": [
            {
                "own_words": "Хоћу да оставим ту групу и те идеје иза себе и да живим нормалним животом.",
                "framing": "Подржати добровољно одвајање од насилне групе и њених мрежа.",
                "steps": [
                    ("programme", "Добровољно учествовати у програму „Раскршће“, уз додељеног ментора."),
                    ("staff", "Психолог: индивидуални разговори уз програм."),
                    ("case_manager", "Планирати нове друштвене контакте и активности након отпуста."),
                ],
            },
            {
                "own_words": "Сад многе ствари видим другачије. Хоћу да разговарам с неким ко ме неће само осуђивати.",
                "framing": "Изградити однос поверења који подржава промишљање о ранијој укључености у насиље.",
                "steps": [
                    ("partner", "Редовни сусрети с обученим ментором из програма „Раскршће“."),
                    ("prisoner", "Заједно с ментором одабрати теме за рад."),
                ],
            },
        ],
        "identity": [
            {
                "own_words": "Кад изађем, хоћу поново да припадам свом крају, а не да будем неко кога људи избегавају.",
                "framing": "Ојачати осећај припадности и позитивну улогу у локалној заједници.",
                "steps": [
                    ("partner", "Волонтерски центар: понудити волонтирање у заједници након отпуста."),
                    ("case_manager", "Разговарати о томе који људи и места могу да подрже нови почетак."),
                ],
            },
            {
                "own_words": "Хоћу поново да нађем смисао у животу. Вера ми је некад давала мир.",
                "framing": "Подржати потрагу за смислом и сврхом, укључујући добровољан контакт с верским представником ако лице то затражи.",
                "steps": [
                    ("staff", "На захтев организовати сусрет с верским представником по избору лица."),
                    ("programme", "Укључити се у групу за читање и разговор у библиотеци."),
                    ("prisoner", "Размислити шта животу даје смисао и разговарати о томе на следећој ревизији плана."),
                ],
            },
        ],
    },
    "sr-latn": {
        "accommodation": [
            {
                "own_words": "Ne znam gde ću da živim kad izađem. Neću da završim na ulici.",
                "framing": "Obezbediti stabilan smeštaj nakon izlaska na slobodu.",
                "steps": [
                    ("case_manager", "Uputiti zahtev centru za socijalni rad za procenu stambenih potreba."),
                    ("partner", "Udruženje „Novi put“: predstaviti mogućnosti stanovanja uz podršku."),
                    ("prisoner", "Popuniti zahtev za smeštaj uz pomoć voditelja slučaja."),
                ],
            },
            {
                "own_words": "Hoću da se vratim u majčin stan, ali ona prvo mora da pristane.",
                "framing": "Potvrditi bezbednu adresu nakon otpusta, dogovorenu s porodicom.",
                "steps": [
                    ("family", "Majka pismeno potvrđuje da pristaje na povratak kući."),
                    ("case_manager", "Zatražiti kućnu posetu od poverenika za alternativne sankcije."),
                ],
            },
        ],
        "ete": [
            {
                "own_words": "Nemam završenu osnovnu školu. Hoću da naučim dobro da čitam i pišem.",
                "framing": "Unaprediti pismenost i završiti osnovno obrazovanje.",
                "steps": [
                    ("staff", "Nastavnik: početna procena čitanja i pisanja."),
                    ("programme", "Uključiti se u kurs osnovne pismenosti i računanja."),
                    ("prisoner", "Pohađati nastavu najmanje dva puta nedeljno."),
                ],
            },
            {
                "own_words": "Hoću da izučim pravi zanat, možda zavarivanje, da nađem posao kad izađem.",
                "framing": "Steći priznatu stručnu kvalifikaciju usklađenu s potrebama lokalnog tržišta rada.",
                "steps": [
                    ("programme", "Upisati kurs zavarivanja."),
                    ("partner", "Filijala službe za zapošljavanje: savetovanje o slobodnim radnim mestima tri meseca pre otpusta."),
                    ("prisoner", "Raditi u radionici zavoda radi sticanja iskustva."),
                ],
            },
        ],
        "finance": [
            {
                "own_words": "Imam stare dugove i plašim se da će me dočekati kad izađem.",
                "framing": "Napraviti jasan pregled postojećih dugova i započeti njihovo rešavanje.",
                "steps": [
                    ("case_manager", "Zajedno popisati sve dugove i poverioce."),
                    ("partner", "Služba besplatne pravne pomoći: savet o dogovoru o otplati."),
                ],
            },
            {
                "own_words": "Nemam račun u banci i ne znam baš da upravljam novcem.",
                "framing": "Razviti osnovne veštine planiranja budžeta i pre otpusta pribaviti lična i bankovna dokumenta.",
                "steps": [
                    ("staff", "Socijalni radnik: pomoć pri podnošenju zahteva za novu ličnu kartu."),
                    ("programme", "Pohađati kurs upravljanja novcem."),
                    ("prisoner", "Voditi jednostavan mesečni budžet od zarade u zavodu."),
                ],
            },
        ],
        "family": [
            {
                "own_words": "Hoću da me deca poznaju. Nisu me videla već godinu dana.",
                "framing": "Obnoviti bezbedan i redovan kontakt s decom.",
                "steps": [
                    ("case_manager", "Kontaktirati centar za socijalni rad u vezi s posetama pod nadzorom."),
                    ("family", "Osoba koja brine o deci dogovara raspored poseta."),
                    ("prisoner", "Pisati deci svake dve nedelje."),
                ],
            },
            {
                "own_words": "Roditelji su ostarili, a mi jedva da pričamo. Hoću ponovo da im budem oslonac.",
                "framing": "Obnoviti odnos s roditeljima i pripremiti porodicu za povratak.",
                "steps": [
                    ("programme", "Uključiti se u program porodičnih veza i roditeljstva."),
                    ("family", "Roditelji dolaze u posetu jednom mesečno."),
                    ("staff", "Socijalni radnik: organizovati porodični sastanak pre otpusta."),
                ],
            },
        ],
        "health": [
            {
                "own_words": "Loše spavam i glava mi je puna crnih misli.",
                "framing": "Uz zdravstvenu službu rešiti probleme sa spavanjem i loše raspoloženje.",
                "steps": [
                    ("staff", "Lekar zavoda: procena sna i raspoloženja."),
                    ("programme", "Uključiti se u grupu za stres, san i dobrobit."),
                    ("prisoner", "Vežbati najmanje tri puta nedeljno."),
                ],
            },
            {
                "own_words": "Pre izlaska moram da sredim zube i pritisak.",
                "framing": "Zbrinuti otvorene zdravstvene probleme i obezbediti nastavak lečenja nakon otpusta.",
                "steps": [
                    ("staff", "Zdravstvena služba: zakazati stomatološki pregled i kontrolu pritiska."),
                    ("case_manager", "Dogovoriti prijavu kod izabranog lekara u mestu prebivališta."),
                ],
            },
        ],
        "substance_use": [
            {
                "own_words": "Svaki put kad je bilo problema, tu je bio alkohol. Hoću da prestanem da pijem.",
                "framing": "Smanjiti konzumiranje alkohola i razumeti njegovu vezu s vršenjem krivičnih dela.",
                "steps": [
                    ("programme", "Pohađati grupu za alkohol i droge."),
                    ("staff", "Psiholog: izrada plana prevencije recidiva."),
                    ("partner", "Pre otpusta uspostaviti kontakt s grupom samopomoći u mestu stanovanja."),
                ],
            },
            {
                "own_words": "Heroin mi je uzeo godine života. Ovde ništa ne uzimam, ali plašim se da ću se napolju vratiti na staro.",
                "framing": "Održati apstinenciju i planirati lečenje koje se nastavlja nakon otpusta.",
                "steps": [
                    ("staff", "Lekar: razmotriti mogućnosti lečenja, uključujući supstitucionu terapiju."),
                    ("case_manager", "Zakazati termin u centru za lečenje bolesti zavisnosti za nedelju otpusta."),
                    ("prisoner", "Učestvovati u nedeljnoj grupi podrške."),
                ],
            },
        ],
        "thinking": [
            {
                "own_words": "Brzo planem i posle mi je žao. Hoću da naučim da stanem na vreme.",
                "framing": "Razviti veštine upravljanja besom i rešavanja sukoba bez nasilja.",
                "steps": [
                    ("programme", "Završiti program veština razmišljanja i upravljanja besom."),
                    ("prisoner", "Voditi dnevnik teških situacija i načina na koji su rešene."),
                ],
            },
            {
                "own_words": "Često samo idem za drugima, ne razmišljam šta će biti, a onda to ja platim.",
                "framing": "Ojačati rešavanje problema i razmišljanje o posledicama pre delovanja.",
                "steps": [
                    ("programme", "Učestvovati u radionicama rešavanja problema."),
                    ("case_manager", "Na svakom sastanku proći jednu stvarnu situaciju iz dnevnika."),
                ],
            },
        ],
        "disengagement": [
            {
                "own_words": "Hoću da ostavim tu grupu i te ideje iza sebe i da živim normalnim životom.",
                "framing": "Podržati dobrovoljno odvajanje od nasilne grupe i njenih mreža.",
                "steps": [
                    ("programme", "Dobrovoljno učestvovati u programu „Raskršće“, uz dodeljenog mentora."),
                    ("staff", "Psiholog: individualni razgovori uz program."),
                    ("case_manager", "Planirati nove društvene kontakte i aktivnosti nakon otpusta."),
                ],
            },
            {
                "own_words": "Sad mnoge stvari vidim drugačije. Hoću da razgovaram s nekim ko me neće samo osuđivati.",
                "framing": "Izgraditi odnos poverenja koji podržava promišljanje o ranijoj uključenosti u nasilje.",
                "steps": [
                    ("partner", "Redovni susreti s obučenim mentorom iz programa „Raskršće“."),
                    ("prisoner", "Zajedno s mentorom odabrati teme za rad."),
                ],
            },
        ],
        "identity": [
            {
                "own_words": "Kad izađem, hoću ponovo da pripadam svom kraju, a ne da budem neko koga ljudi izbegavaju.",
                "framing": "Ojačati osećaj pripadnosti i pozitivnu ulogu u lokalnoj zajednici.",
                "steps": [
                    ("partner", "Volonterski centar: ponuditi volontiranje u zajednici nakon otpusta."),
                    ("case_manager", "Razgovarati o tome koji ljudi i mesta mogu da podrže novi početak."),
                ],
            },
            {
                "own_words": "Hoću ponovo da nađem smisao u životu. Vera mi je nekad davala mir.",
                "framing": "Podržati potragu za smislom i svrhom, uključujući dobrovoljan kontakt s verskim predstavnikom ako lice to zatraži.",
                "steps": [
                    ("staff", "Na zahtev organizovati susret s verskim predstavnikom po izboru lica."),
                    ("programme", "Uključiti se u grupu za čitanje i razgovor u biblioteci."),
                    ("prisoner", "Razmisliti šta životu daje smisao i razgovarati o tome na sledećoj reviziji plana."),
                ],
            },
        ],
    },
    "bs": {
        "accommodation": [
            {
                "own_words": "Ne znam gdje ću živjeti kad izađem. Ne želim završiti na ulici.",
                "framing": "Osigurati stabilan smještaj nakon izlaska na slobodu.",
                "steps": [
                    ("case_manager", "Uputiti zahtjev centru za socijalni rad za procjenu stambenih potreba."),
                    ("partner", "Udruženje „Novi put“: predstaviti mogućnosti stanovanja uz podršku."),
                    ("prisoner", "Popuniti zahtjev za smještaj uz pomoć voditelja slučaja."),
                ],
            },
            {
                "own_words": "Želim se vratiti u majčin stan, ali ona se prvo mora složiti.",
                "framing": "Potvrditi sigurnu adresu nakon otpusta, dogovorenu s porodicom.",
                "steps": [
                    ("family", "Majka pismeno potvrđuje da pristaje na povratak kući."),
                    ("case_manager", "Zatražiti od službe za probaciju kućnu posjetu."),
                ],
            },
        ],
        "ete": [
            {
                "own_words": "Nemam završenu osnovnu školu. Želim naučiti dobro čitati i pisati.",
                "framing": "Poboljšati pismenost i završiti osnovno obrazovanje.",
                "steps": [
                    ("staff", "Nastavnik: početna procjena čitanja i pisanja."),
                    ("programme", "Uključiti se u kurs osnovne pismenosti i računanja."),
                    ("prisoner", "Pohađati nastavu najmanje dva puta sedmično."),
                ],
            },
            {
                "own_words": "Želim izučiti pravi zanat, možda zavarivanje, da nađem posao kad izađem.",
                "framing": "Steći priznatu stručnu kvalifikaciju usklađenu s potrebama lokalnog tržišta rada.",
                "steps": [
                    ("programme", "Upisati kurs zavarivanja."),
                    ("partner", "Biro za zapošljavanje: savjetovanje o slobodnim radnim mjestima tri mjeseca prije otpusta."),
                    ("prisoner", "Raditi u radionici zavoda radi sticanja iskustva."),
                ],
            },
        ],
        "finance": [
            {
                "own_words": "Imam stare dugove i bojim se da će me dočekati kad izađem.",
                "framing": "Steći jasan pregled postojećih dugova i početi ih rješavati.",
                "steps": [
                    ("case_manager", "Zajedno popisati sve dugove i povjerioce."),
                    ("partner", "Služba besplatne pravne pomoći: savjet o dogovoru o otplati."),
                ],
            },
            {
                "own_words": "Nemam račun u banci i ne znam baš upravljati novcem.",
                "framing": "Razviti osnovne vještine planiranja budžeta i prije otpusta pribaviti lične i bankovne dokumente.",
                "steps": [
                    ("staff", "Socijalni radnik: pomoć pri podnošenju zahtjeva za novu ličnu kartu."),
                    ("programme", "Pohađati kurs upravljanja novcem."),
                    ("prisoner", "Voditi jednostavan mjesečni budžet od zarade u zavodu."),
                ],
            },
        ],
        "family": [
            {
                "own_words": "Želim da me djeca poznaju. Nisu me vidjela već godinu dana.",
                "framing": "Obnoviti siguran i redovan kontakt s djecom.",
                "steps": [
                    ("case_manager", "Kontaktirati centar za socijalni rad u vezi s posjetama pod nadzorom."),
                    ("family", "Osoba koja brine o djeci dogovara raspored posjeta."),
                    ("prisoner", "Pisati djeci svake dvije sedmice."),
                ],
            },
            {
                "own_words": "Roditelji stare, a mi jedva da razgovaramo. Želim im opet biti podrška.",
                "framing": "Obnoviti odnos s roditeljima i pripremiti porodicu za povratak.",
                "steps": [
                    ("programme", "Uključiti se u program porodičnih veza i roditeljstva."),
                    ("family", "Roditelji dolaze u posjetu jednom mjesečno."),
                    ("staff", "Socijalni radnik: organizovati porodični sastanak prije otpusta."),
                ],
            },
        ],
        "health": [
            {
                "own_words": "Loše spavam i glava mi je puna crnih misli.",
                "framing": "Uz zdravstvenu službu riješiti probleme sa spavanjem i loše raspoloženje.",
                "steps": [
                    ("staff", "Ljekar zavoda: procjena sna i raspoloženja."),
                    ("programme", "Uključiti se u grupu za stres, san i dobrobit."),
                    ("prisoner", "Vježbati najmanje tri puta sedmično."),
                ],
            },
            {
                "own_words": "Prije izlaska moram srediti zube i pritisak.",
                "framing": "Zbrinuti otvorene zdravstvene probleme i osigurati nastavak liječenja nakon otpusta.",
                "steps": [
                    ("staff", "Zdravstvena služba: zakazati stomatološki pregled i kontrolu pritiska."),
                    ("case_manager", "Dogovoriti registraciju kod porodičnog ljekara u mjestu prebivališta."),
                ],
            },
        ],
        "substance_use": [
            {
                "own_words": "Svaki put kad je bilo problema, bio je tu alkohol. Želim prestati piti.",
                "framing": "Smanjiti konzumiranje alkohola i razumjeti njegovu vezu s počinjenjem krivičnih djela.",
                "steps": [
                    ("programme", "Pohađati grupu za alkohol i droge."),
                    ("staff", "Psiholog: izrada plana prevencije recidiva."),
                    ("partner", "Prije otpusta uspostaviti kontakt s grupom samopomoći u mjestu stanovanja."),
                ],
            },
            {
                "own_words": "Heroin mi je uzeo godine života. Ovdje ništa ne uzimam, ali bojim se da ću se vani vratiti na staro.",
                "framing": "Održati apstinenciju i planirati liječenje koje se nastavlja nakon otpusta.",
                "steps": [
                    ("staff", "Ljekar: razmotriti mogućnosti liječenja, uključujući supstitucijsku terapiju."),
                    ("case_manager", "Zakazati termin u centru za liječenje ovisnosti za sedmicu otpusta."),
                    ("prisoner", "Učestvovati u sedmičnoj grupi podrške."),
                ],
            },
        ],
        "thinking": [
            {
                "own_words": "Brzo planem i poslije mi je žao. Želim naučiti da se zaustavim na vrijeme.",
                "framing": "Razviti vještine upravljanja ljutnjom i rješavanja sukoba bez nasilja.",
                "steps": [
                    ("programme", "Završiti program vještina razmišljanja i upravljanja ljutnjom."),
                    ("prisoner", "Voditi dnevnik teških situacija i načina na koji su riješene."),
                ],
            },
            {
                "own_words": "Često samo idem za drugima, ne razmišljam šta će biti, a onda to ja platim.",
                "framing": "Ojačati rješavanje problema i razmišljanje o posljedicama prije djelovanja.",
                "steps": [
                    ("programme", "Učestvovati u radionicama rješavanja problema."),
                    ("case_manager", "Na svakom sastanku proći jednu stvarnu situaciju iz dnevnika."),
                ],
            },
        ],
        "disengagement": [
            {
                "own_words": "Želim ostaviti tu grupu i te ideje iza sebe i živjeti normalnim životom.",
                "framing": "Podržati dobrovoljno odvajanje od nasilne grupe i njenih mreža.",
                "steps": [
                    ("programme", "Dobrovoljno učestvovati u programu „Raskršće“, uz dodijeljenog mentora."),
                    ("staff", "Psiholog: individualni razgovori uz program."),
                    ("case_manager", "Planirati nove društvene kontakte i aktivnosti nakon otpusta."),
                ],
            },
            {
                "own_words": "Sada mnoge stvari vidim drugačije. Želim razgovarati s nekim ko me neće samo osuđivati.",
                "framing": "Izgraditi odnos povjerenja koji podržava promišljanje o ranijoj uključenosti u nasilje.",
                "steps": [
                    ("partner", "Redovni susreti s obučenim mentorom iz programa „Raskršće“."),
                    ("prisoner", "Zajedno s mentorom odabrati teme za rad."),
                ],
            },
        ],
        "identity": [
            {
                "own_words": "Kad izađem, želim opet pripadati svojoj mahali, a ne biti neko koga ljudi izbjegavaju.",
                "framing": "Ojačati osjećaj pripadnosti i pozitivnu ulogu u lokalnoj zajednici.",
                "steps": [
                    ("partner", "Volonterski centar: ponuditi volontiranje u zajednici nakon otpusta."),
                    ("case_manager", "Razgovarati o tome koji ljudi i mjesta mogu podržati novi početak."),
                ],
            },
            {
                "own_words": "Želim ponovo pronaći smisao u životu. Vjera mi je nekad davala mir.",
                "framing": "Podržati potragu za smislom i svrhom, uključujući dobrovoljan kontakt s vjerskim predstavnikom ako to osoba zatraži.",
                "steps": [
                    ("staff", "Na zahtjev organizovati susret s vjerskim predstavnikom po izboru osobe."),
                    ("programme", "Uključiti se u grupu za čitanje i razgovor u biblioteci."),
                    ("prisoner", "Razmisliti šta životu daje smisao i razgovarati o tome na sljedećoj reviziji plana."),
                ],
            },
        ],
    },
    "hr": {
        "accommodation": [
            {
                "own_words": "Ne znam gdje ću živjeti kad izađem. Ne želim završiti na ulici.",
                "framing": "Osigurati stabilan smještaj nakon izlaska na slobodu.",
                "steps": [
                    ("case_manager", "Uputiti zahtjev centru za socijalnu skrb za procjenu stambenih potreba."),
                    ("partner", "Udruga „Novi put“: predstaviti mogućnosti stanovanja uz podršku."),
                    ("prisoner", "Ispuniti zahtjev za smještaj uz pomoć voditelja slučaja."),
                ],
            },
            {
                "own_words": "Želim se vratiti u mamin stan, ali ona se prvo mora složiti.",
                "framing": "Potvrditi sigurnu adresu nakon otpusta, dogovorenu s obitelji.",
                "steps": [
                    ("family", "Majka pisanim putem potvrđuje da pristaje na povratak kući."),
                    ("case_manager", "Zatražiti od probacijskog ureda kućni posjet."),
                ],
            },
        ],
        "ete": [
            {
                "own_words": "Nemam završenu osnovnu školu. Želim naučiti dobro čitati i pisati.",
                "framing": "Poboljšati pismenost i završiti osnovno obrazovanje.",
                "steps": [
                    ("staff", "Nastavnik: početna procjena čitanja i pisanja."),
                    ("programme", "Uključiti se u tečaj osnovne pismenosti i računanja."),
                    ("prisoner", "Pohađati nastavu najmanje dvaput tjedno."),
                ],
            },
            {
                "own_words": "Želim izučiti pravi zanat, možda zavarivanje, da nađem posao kad izađem.",
                "framing": "Steći priznatu strukovnu kvalifikaciju usklađenu s potrebama lokalnog tržišta rada.",
                "steps": [
                    ("programme", "Upisati tečaj zavarivanja."),
                    ("partner", "Područna služba za zapošljavanje: savjetovanje o slobodnim radnim mjestima tri mjeseca prije otpusta."),
                    ("prisoner", "Raditi u radionici ustanove radi stjecanja iskustva."),
                ],
            },
        ],
        "finance": [
            {
                "own_words": "Imam stare dugove i bojim se da će me dočekati kad izađem.",
                "framing": "Steći jasan pregled postojećih dugova i početi ih rješavati.",
                "steps": [
                    ("case_manager", "Zajedno popisati sve dugove i vjerovnike."),
                    ("partner", "Služba besplatne pravne pomoći: savjet o dogovoru o otplati."),
                ],
            },
            {
                "own_words": "Nemam bankovni račun i ne znam baš upravljati novcem.",
                "framing": "Razviti osnovne vještine planiranja kućnog proračuna i prije otpusta pribaviti osobne i bankovne dokumente.",
                "steps": [
                    ("staff", "Socijalni radnik: pomoć pri zahtjevu za novu osobnu iskaznicu."),
                    ("programme", "Pohađati tečaj upravljanja novcem."),
                    ("prisoner", "Voditi jednostavan mjesečni proračun od zarade u ustanovi."),
                ],
            },
        ],
        "family": [
            {
                "own_words": "Želim da me djeca poznaju. Nisu me vidjela već godinu dana.",
                "framing": "Obnoviti siguran i redovit kontakt s djecom.",
                "steps": [
                    ("case_manager", "Kontaktirati centar za socijalnu skrb u vezi s nadziranim posjetima."),
                    ("family", "Osoba koja skrbi o djeci dogovara raspored posjeta."),
                    ("prisoner", "Pisati djeci svaka dva tjedna."),
                ],
            },
            {
                "own_words": "Roditelji stare, a mi jedva da razgovaramo. Želim im opet biti podrška.",
                "framing": "Obnoviti odnos s roditeljima i pripremiti obitelj za povratak.",
                "steps": [
                    ("programme", "Uključiti se u program obiteljskih veza i roditeljstva."),
                    ("family", "Roditelji dolaze u posjet jednom mjesečno."),
                    ("staff", "Socijalni radnik: organizirati obiteljski sastanak prije otpusta."),
                ],
            },
        ],
        "health": [
            {
                "own_words": "Loše spavam i glava mi je puna crnih misli.",
                "framing": "Uz zdravstvenu službu riješiti probleme sa spavanjem i loše raspoloženje.",
                "steps": [
                    ("staff", "Liječnik ustanove: procjena sna i raspoloženja."),
                    ("programme", "Uključiti se u skupinu za stres, san i dobrobit."),
                    ("prisoner", "Vježbati najmanje tri puta tjedno."),
                ],
            },
            {
                "own_words": "Prije izlaska moram srediti zube i krvni tlak.",
                "framing": "Zbrinuti otvorene zdravstvene probleme i osigurati nastavak liječenja nakon otpusta.",
                "steps": [
                    ("staff", "Zdravstvena služba: naručiti stomatološki pregled i kontrolu tlaka."),
                    ("case_manager", "Dogovoriti upis kod obiteljskog liječnika u mjestu prebivališta."),
                ],
            },
        ],
        "substance_use": [
            {
                "own_words": "Svaki put kad je bilo problema, bio je tu alkohol. Želim prestati piti.",
                "framing": "Smanjiti konzumaciju alkohola i razumjeti njezinu vezu s počinjenjem kaznenih djela.",
                "steps": [
                    ("programme", "Pohađati skupinu za alkohol i droge."),
                    ("staff", "Psiholog: izrada plana sprječavanja recidiva."),
                    ("partner", "Prije otpusta uspostaviti kontakt s grupom samopomoći u mjestu stanovanja."),
                ],
            },
            {
                "own_words": "Heroin mi je uzeo godine života. Ovdje ništa ne uzimam, ali bojim se da ću se vani vratiti na staro.",
                "framing": "Održati apstinenciju i planirati liječenje koje se nastavlja nakon otpusta.",
                "steps": [
                    ("staff", "Liječnik: razmotriti mogućnosti liječenja, uključujući supstitucijsku terapiju."),
                    ("case_manager", "Naručiti termin u centru za liječenje ovisnosti za tjedan otpusta."),
                    ("prisoner", "Sudjelovati u tjednoj grupi podrške."),
                ],
            },
        ],
        "thinking": [
            {
                "own_words": "Brzo planem i poslije mi je žao. Želim se naučiti zaustaviti na vrijeme.",
                "framing": "Razviti vještine upravljanja ljutnjom i rješavanja sukoba bez nasilja.",
                "steps": [
                    ("programme", "Završiti program vještina mišljenja i upravljanja ljutnjom."),
                    ("prisoner", "Voditi dnevnik teških situacija i načina na koji su riješene."),
                ],
            },
            {
                "own_words": "Često samo idem za drugima, ne razmišljam što će biti, a onda to ja platim.",
                "framing": "Ojačati rješavanje problema i promišljanje o posljedicama prije djelovanja.",
                "steps": [
                    ("programme", "Sudjelovati u radionicama rješavanja problema."),
                    ("case_manager", "Na svakom susretu proći jednu stvarnu situaciju iz dnevnika."),
                ],
            },
        ],
        "disengagement": [
            {
                "own_words": "Želim ostaviti tu skupinu i te ideje iza sebe i živjeti normalnim životom.",
                "framing": "Podržati dobrovoljno odvajanje od nasilne skupine i njezinih mreža.",
                "steps": [
                    ("programme", "Dobrovoljno sudjelovati u programu „Raskrižje“, uz dodijeljenog mentora."),
                    ("staff", "Psiholog: individualni razgovori uz program."),
                    ("case_manager", "Planirati nove društvene kontakte i aktivnosti nakon otpusta."),
                ],
            },
            {
                "own_words": "Sada mnoge stvari vidim drukčije. Želim razgovarati s nekim tko me neće samo osuđivati.",
                "framing": "Izgraditi odnos povjerenja koji podržava promišljanje o ranijoj uključenosti u nasilje.",
                "steps": [
                    ("partner", "Redoviti susreti s educiranim mentorom iz programa „Raskrižje“."),
                    ("prisoner", "Zajedno s mentorom odabrati teme za rad."),
                ],
            },
        ],
        "identity": [
            {
                "own_words": "Kad izađem, želim opet pripadati svom kvartu, a ne biti netko koga ljudi izbjegavaju.",
                "framing": "Ojačati osjećaj pripadnosti i pozitivnu ulogu u lokalnoj zajednici.",
                "steps": [
                    ("partner", "Volonterski centar: ponuditi volontiranje u zajednici nakon otpusta."),
                    ("case_manager", "Razgovarati o tome koji ljudi i mjesta mogu podržati novi početak."),
                ],
            },
            {
                "own_words": "Želim opet pronaći smisao u životu. Vjera mi je nekad davala mir.",
                "framing": "Podržati potragu za smislom i svrhom, uključujući dobrovoljan kontakt s vjerskim predstavnikom ako to osoba zatraži.",
                "steps": [
                    ("staff", "Na zahtjev organizirati susret s vjerskim predstavnikom po izboru osobe."),
                    ("programme", "Uključiti se u čitateljsku i diskusijsku skupinu u knjižnici."),
                    ("prisoner", "Razmisliti o tome što životu daje smisao i razgovarati o tome na sljedećem preispitivanju plana."),
                ],
            },
        ],
    },
    "cnr": {
        "accommodation": [
            {
                "own_words": "Ne znam gdje ću živjeti kad izađem. Neću da završim na ulici.",
                "framing": "Obezbijediti stabilan smještaj nakon izlaska na slobodu.",
                "steps": [
                    ("case_manager", "Uputiti zahtjev centru za socijalni rad za procjenu stambenih potreba."),
                    ("partner", "NVO „Novi put“: predstaviti mogućnosti stanovanja uz podršku."),
                    ("prisoner", "Popuniti zahtjev za smještaj uz pomoć voditelja slučaja."),
                ],
            },
            {
                "own_words": "Hoću da se vratim u majčin stan, ali ona prvo mora da pristane.",
                "framing": "Potvrditi bezbjednu adresu nakon otpusta, dogovorenu s porodicom.",
                "steps": [
                    ("family", "Majka pisanim putem potvrđuje da pristaje na povratak kući."),
                    ("case_manager", "Zatražiti od kancelarije za probaciju kućnu posjetu."),
                ],
            },
        ],
        "ete": [
            {
                "own_words": "Nemam završenu osnovnu školu. Hoću da naučim dobro da čitam i pišem.",
                "framing": "Unaprijediti pismenost i završiti osnovno obrazovanje.",
                "steps": [
                    ("staff", "Nastavnik: početna procjena čitanja i pisanja."),
                    ("programme", "Uključiti se u kurs osnovne pismenosti i računanja."),
                    ("prisoner", "Pohađati nastavu najmanje dva puta sedmično."),
                ],
            },
            {
                "own_words": "Hoću da izučim pravi zanat, možda zavarivanje, da nađem posao kad izađem.",
                "framing": "Steći priznatu stručnu kvalifikaciju usklađenu s potrebama lokalnog tržišta rada.",
                "steps": [
                    ("programme", "Upisati kurs zavarivanja."),
                    ("partner", "Biro rada: savjetovanje o slobodnim radnim mjestima tri mjeseca prije otpusta."),
                    ("prisoner", "Raditi u radionici zavoda radi sticanja iskustva."),
                ],
            },
        ],
        "finance": [
            {
                "own_words": "Imam stare dugove i plašim se da će me dočekati kad izađem.",
                "framing": "Napraviti jasan pregled postojećih dugova i započeti njihovo rješavanje.",
                "steps": [
                    ("case_manager", "Zajedno popisati sve dugove i povjerioce."),
                    ("partner", "Služba besplatne pravne pomoći: savjet o dogovoru o otplati."),
                ],
            },
            {
                "own_words": "Nemam račun u banci i ne znam baš da upravljam novcem.",
                "framing": "Razviti osnovne vještine planiranja budžeta i prije otpusta pribaviti lična i bankovna dokumenta.",
                "steps": [
                    ("staff", "Socijalni radnik: pomoć pri podnošenju zahtjeva za novu ličnu kartu."),
                    ("programme", "Pohađati kurs upravljanja novcem."),
                    ("prisoner", "Voditi jednostavan mjesečni budžet od zarade u zavodu."),
                ],
            },
        ],
        "family": [
            {
                "own_words": "Hoću da me djeca poznaju. Nijesu me vidjela već godinu dana.",
                "framing": "Obnoviti bezbjedan i redovan kontakt s djecom.",
                "steps": [
                    ("case_manager", "Kontaktirati centar za socijalni rad u vezi s posjetama pod nadzorom."),
                    ("family", "Osoba koja brine o djeci dogovara raspored posjeta."),
                    ("prisoner", "Pisati djeci svake dvije sedmice."),
                ],
            },
            {
                "own_words": "Roditelji su ostarjeli, a mi jedva da pričamo. Hoću opet da im budem oslonac.",
                "framing": "Obnoviti odnos s roditeljima i pripremiti porodicu za povratak.",
                "steps": [
                    ("programme", "Uključiti se u program porodičnih veza i roditeljstva."),
                    ("family", "Roditelji dolaze u posjetu jednom mjesečno."),
                    ("staff", "Socijalni radnik: organizovati porodični sastanak prije otpusta."),
                ],
            },
        ],
        "health": [
            {
                "own_words": "Loše spavam i glava mi je puna crnih misli.",
                "framing": "Uz zdravstvenu službu riješiti probleme sa spavanjem i loše raspoloženje.",
                "steps": [
                    ("staff", "Ljekar zavoda: procjena sna i raspoloženja."),
                    ("programme", "Uključiti se u grupu za stres, san i dobrobit."),
                    ("prisoner", "Vježbati najmanje tri puta sedmično."),
                ],
            },
            {
                "own_words": "Prije izlaska moram da sredim zube i pritisak.",
                "framing": "Zbrinuti otvorene zdravstvene probleme i obezbijediti nastavak liječenja nakon otpusta.",
                "steps": [
                    ("staff", "Zdravstvena služba: zakazati stomatološki pregled i kontrolu pritiska."),
                    ("case_manager", "Dogovoriti prijavu kod izabranog doktora u mjestu prebivališta."),
                ],
            },
        ],
        "substance_use": [
            {
                "own_words": "Svaki put kad je bilo problema, tu je bio alkohol. Hoću da prestanem da pijem.",
                "framing": "Smanjiti konzumiranje alkohola i razumjeti njegovu vezu s vršenjem krivičnih djela.",
                "steps": [
                    ("programme", "Pohađati grupu za alkohol i droge."),
                    ("staff", "Psiholog: izrada plana prevencije recidiva."),
                    ("partner", "Prije otpusta uspostaviti kontakt s grupom samopomoći u mjestu stanovanja."),
                ],
            },
            {
                "own_words": "Heroin mi je uzeo godine života. Ovdje ništa ne uzimam, ali plašim se da ću se napolju vratiti na staro.",
                "framing": "Održati apstinenciju i planirati liječenje koje se nastavlja nakon otpusta.",
                "steps": [
                    ("staff", "Ljekar: razmotriti mogućnosti liječenja, uključujući supstitucionu terapiju."),
                    ("case_manager", "Zakazati termin u centru za liječenje zavisnosti za sedmicu otpusta."),
                    ("prisoner", "Učestvovati u sedmičnoj grupi podrške."),
                ],
            },
        ],
        "thinking": [
            {
                "own_words": "Brzo planem i poslije mi je žao. Hoću da naučim da stanem na vrijeme.",
                "framing": "Razviti vještine upravljanja bijesom i rješavanja sukoba bez nasilja.",
                "steps": [
                    ("programme", "Završiti program vještina razmišljanja i upravljanja bijesom."),
                    ("prisoner", "Voditi dnevnik teških situacija i načina na koji su riješene."),
                ],
            },
            {
                "own_words": "Često samo idem za drugima, ne razmišljam šta će biti, a onda to ja platim.",
                "framing": "Ojačati rješavanje problema i razmišljanje o posljedicama prije djelovanja.",
                "steps": [
                    ("programme", "Učestvovati u radionicama rješavanja problema."),
                    ("case_manager", "Na svakom sastanku proći jednu stvarnu situaciju iz dnevnika."),
                ],
            },
        ],
        "disengagement": [
            {
                "own_words": "Hoću da ostavim tu grupu i te ideje iza sebe i da živim normalnim životom.",
                "framing": "Podržati dobrovoljno odvajanje od nasilne grupe i njenih mreža.",
                "steps": [
                    ("programme", "Dobrovoljno učestvovati u programu „Raskršće“, uz dodijeljenog mentora."),
                    ("staff", "Psiholog: individualni razgovori uz program."),
                    ("case_manager", "Planirati nove društvene kontakte i aktivnosti nakon otpusta."),
                ],
            },
            {
                "own_words": "Sad mnoge stvari vidim drugačije. Hoću da razgovaram s nekim ko me neće samo osuđivati.",
                "framing": "Izgraditi odnos povjerenja koji podržava promišljanje o ranijoj uključenosti u nasilje.",
                "steps": [
                    ("partner", "Redovni susreti s obučenim mentorom iz programa „Raskršće“."),
                    ("prisoner", "Zajedno s mentorom odabrati teme za rad."),
                ],
            },
        ],
        "identity": [
            {
                "own_words": "Kad izađem, hoću opet da pripadam svom kraju, a ne da budem neko koga ljudi izbjegavaju.",
                "framing": "Ojačati osjećaj pripadnosti i pozitivnu ulogu u lokalnoj zajednici.",
                "steps": [
                    ("partner", "Volonterski centar: ponuditi volontiranje u zajednici nakon otpusta."),
                    ("case_manager", "Razgovarati o tome koji ljudi i mjesta mogu podržati novi početak."),
                ],
            },
            {
                "own_words": "Hoću ponovo da nađem smisao u životu. Vjera mi je nekad davala mir.",
                "framing": "Podržati potragu za smislom i svrhom, uključujući dobrovoljan kontakt s vjerskim predstavnikom ako to lice zatraži.",
                "steps": [
                    ("staff", "Na zahtjev organizovati susret s vjerskim predstavnikom po izboru lica."),
                    ("programme", "Uključiti se u grupu za čitanje i razgovor u biblioteci."),
                    ("prisoner", "Razmisliti šta životu daje smisao i razgovarati o tome na sljedećoj reviziji plana."),
                ],
            },
        ],
    },
    "mk": {
        "accommodation": [
            {
                "own_words": "Не знам каде ќе живеам кога ќе излезам. Не сакам да завршам на улица.",
                "framing": "Обезбедување стабилно сместување по излегувањето на слобода.",
                "steps": [
                    ("case_manager", "Упатување до центарот за социјална работа за проценка на потребите за домување."),
                    ("partner", "Здружението „Нов пат“: претставување на можностите за домување со поддршка."),
                    ("prisoner", "Пополнување на барањето за сместување со помош од водителот на случајот."),
                ],
            },
            {
                "own_words": "Сакам да се вратам во мајкиниот стан, но таа прво треба да се согласи.",
                "framing": "Потврдување безбедна адреса по отпуштањето, договорена со семејството.",
                "steps": [
                    ("family", "Мајката писмено потврдува дека се согласува со враќањето дома."),
                    ("case_manager", "Барање до канцеларијата за пробација за посета на домот."),
                ],
            },
        ],
        "ete": [
            {
                "own_words": "Немам завршено основно училиште. Сакам да научам добро да читам и да пишувам.",
                "framing": "Подобрување на писменоста и завршување на основното образование.",
                "steps": [
                    ("staff", "Наставник: почетна проценка на читањето и пишувањето."),
                    ("programme", "Вклучување во курсот за основна писменост и сметање."),
                    ("prisoner", "Посетување на настава најмалку двапати неделно."),
                ],
            },
            {
                "own_words": "Сакам да изучам вистински занает, можеби заварување, за да најдам работа кога ќе излезам.",
                "framing": "Стекнување признаена стручна квалификација усогласена со потребите на локалниот пазар на труд.",
                "steps": [
                    ("programme", "Запишување на курсот за заварување."),
                    ("partner", "Центар за вработување: совети за слободни работни места три месеци пред отпуштањето."),
                    ("prisoner", "Работа во работилницата на установата за стекнување искуство."),
                ],
            },
        ],
        "finance": [
            {
                "own_words": "Имам стари долгови и се плашам дека ќе ме дочекаат кога ќе излезам.",
                "framing": "Јасен преглед на постојните долгови и почеток на нивното решавање.",
                "steps": [
                    ("case_manager", "Заеднички попис на сите долгови и доверители."),
                    ("partner", "Служба за бесплатна правна помош: совет за договор за отплата."),
                ],
            },
            {
                "own_words": "Немам сметка во банка и не знам добро да располагам со пари.",
                "framing": "Развивање основни вештини за планирање буџет и прибавување лични и банкарски документи пред отпуштањето.",
                "steps": [
                    ("staff", "Социјален работник: помош при поднесувањето барање за нова лична карта."),
                    ("programme", "Посетување на курсот за управување со пари."),
                    ("prisoner", "Водење едноставен месечен буџет од заработката во установата."),
                ],
            },
        ],
        "family": [
            {
                "own_words": "Сакам децата да ме знаат. Веќе една година не ме виделе.",
                "framing": "Обновување безбеден и редовен контакт со децата.",
                "steps": [
                    ("case_manager", "Контакт со центарот за социјална работа за посети под надзор."),
                    ("family", "Лицето што се грижи за децата договара распоред на посети."),
                    ("prisoner", "Пишување писмо до децата на секои две недели."),
                ],
            },
            {
                "own_words": "Родителите остаруваат, а ние едвај разговараме. Сакам повторно да им бидам потпора.",
                "framing": "Обновување на односот со родителите и подготовка на семејството за враќањето.",
                "steps": [
                    ("programme", "Вклучување во програмата за семејни врски и родителство."),
                    ("family", "Родителите доаѓаат на посета еднаш месечно."),
                    ("staff", "Социјален работник: организирање семеен состанок пред отпуштањето."),
                ],
            },
        ],
        "health": [
            {
                "own_words": "Спијам лошо и главата ми е полна со црни мисли.",
                "framing": "Решавање на проблемите со спиењето и лошото расположение заедно со здравствената служба.",
                "steps": [
                    ("staff", "Лекар во установата: проценка на спиењето и расположението."),
                    ("programme", "Вклучување во групата за стрес, сон и благосостојба."),
                    ("prisoner", "Вежбање најмалку трипати неделно."),
                ],
            },
            {
                "own_words": "Пред да излезам, треба да ги средам забите и притисокот.",
                "framing": "Згрижување на отворените здравствени проблеми и обезбедување континуитет на лекувањето по отпуштањето.",
                "steps": [
                    ("staff", "Здравствена служба: закажување стоматолошки преглед и контрола на притисокот."),
                    ("case_manager", "Договор за пријавување кај матичен лекар во местото на живеење."),
                ],
            },
        ],
        "substance_use": [
            {
                "own_words": "Секогаш кога имало проблеми, алкохолот бил тука. Сакам да престанам да пијам.",
                "framing": "Намалување на употребата на алкохол и разбирање на нејзината врска со кривичните дела.",
                "steps": [
                    ("programme", "Посетување на групата за алкохол и дроги."),
                    ("staff", "Психолог: изработка на план за спречување рецидив."),
                    ("partner", "Воспоставување контакт со група за самопомош во местото на живеење пред отпуштањето."),
                ],
            },
            {
                "own_words": "Хероинот ми зеде години од животот. Тука не користам ништо, но се плашам дека надвор од ѕидовите ќе се вратам на старото.",
                "framing": "Одржување апстиненција и планирање лекување што продолжува по отпуштањето.",
                "steps": [
                    ("staff", "Лекар: разгледување на можностите за лекување, вклучувајќи супституциска терапија."),
                    ("case_manager", "Закажување термин во центарот за лекување зависности за неделата на отпуштањето."),
                    ("prisoner", "Учество во неделната група за поддршка."),
                ],
            },
        ],
        "thinking": [
            {
                "own_words": "Брзо избувнувам и потоа ми е жал. Сакам да научам да застанам навреме.",
                "framing": "Развивање вештини за справување со гневот и решавање конфликти без насилство.",
                "steps": [
                    ("programme", "Завршување на програмата за вештини за размислување и справување со гневот."),
                    ("prisoner", "Водење дневник за тешките ситуации и за тоа како се решени."),
                ],
            },
            {
                "own_words": "Често одам по другите без да размислам што ќе биде, а потоа јас плаќам.",
                "framing": "Зајакнување на решавањето проблеми и размислувањето за последиците пред да се дејствува.",
                "steps": [
                    ("programme", "Учество во работилниците за решавање проблеми."),
                    ("case_manager", "На секоја средба, разгледување на една вистинска ситуација од дневникот."),
                ],
            },
        ],
        "disengagement": [
            {
                "own_words": "Сакам да ги оставам зад себе таа група и тие идеи и да живеам нормален живот.",
                "framing": "Поддршка на доброволното оддалечување од насилната група и нејзините мрежи.",
                "steps": [
                    ("programme", "Доброволно учество во програмата „Крстопат“, со доделен ментор."),
                    ("staff", "Психолог: индивидуални разговори паралелно со програмата."),
                    ("case_manager", "Планирање нови општествени контакти и активности по отпуштањето."),
                ],
            },
            {
                "own_words": "Сега многу работи ги гледам поинаку. Сакам да разговарам со некого што нема само да ме осудува.",
                "framing": "Градење однос на доверба што поддржува размислување за минатата вмешаност во насилство.",
                "steps": [
                    ("partner", "Редовни средби со обучен ментор од програмата „Крстопат“."),
                    ("prisoner", "Заеднички избор на темите за работа со менторот."),
                ],
            },
        ],
        "identity": [
            {
                "own_words": "Кога ќе излезам, сакам повторно да припаѓам на моето маало, а не да бидам некој што луѓето го избегнуваат.",
                "framing": "Зајакнување на чувството на припадност и на позитивна улога во локалната заедница.",
                "steps": [
                    ("partner", "Волонтерски центар: понуда за волонтирање во заедницата по отпуштањето."),
                    ("case_manager", "Разговор за тоа кои луѓе и места можат да поддржат нов почеток."),
                ],
            },
            {
                "own_words": "Сакам повторно да најдам смисла во животот. Верата порано ми даваше мир.",
                "framing": "Поддршка на потрагата по смисла и цел, вклучувајќи доброволен контакт со верски претставник ако лицето го побара тоа.",
                "steps": [
                    ("staff", "На барање, организирање средба со верски претставник по избор на лицето."),
                    ("programme", "Вклучување во групата за читање и разговор во библиотеката."),
                    ("prisoner", "Размислување што му дава смисла на животот и разговор за тоа на следната ревизија на планот."),
                ],
            },
        ],
    },
    "en": {
        "accommodation": [
            {
                "own_words": "I don't know where I'll live when I get out. I don't want to end up on the street.",
                "framing": "Secure stable accommodation to go to on release.",
                "steps": [
                    ("case_manager", "Refer to the social work centre for a housing needs assessment."),
                    ("partner", "Local NGO 'Novi put' to present supported housing options."),
                    ("prisoner", "Fill in the housing application with the case manager's help."),
                ],
            },
            {
                "own_words": "I want to go back to my mother's flat, but she has to agree first.",
                "framing": "Confirm a safe release address agreed with the family.",
                "steps": [
                    ("family", "Mother to confirm in writing that she agrees to the return home."),
                    ("case_manager", "Ask the probation office to carry out a home visit."),
                ],
            },
        ],
        "ete": [
            {
                "own_words": "I never finished primary school. I want to read and write properly.",
                "framing": "Improve literacy and complete basic education.",
                "steps": [
                    ("staff", "Teacher to carry out an initial reading and writing assessment."),
                    ("programme", "Join the basic literacy and numeracy course."),
                    ("prisoner", "Attend classes at least twice a week."),
                ],
            },
            {
                "own_words": "I want to learn a real trade, maybe welding, so I can find work when I get out.",
                "framing": "Gain a recognised vocational qualification that matches local job opportunities.",
                "steps": [
                    ("programme", "Enrol in the welding course."),
                    ("partner", "Employment office to advise on vacancies three months before release."),
                    ("prisoner", "Work in the establishment's workshop to gain experience."),
                ],
            },
        ],
        "finance": [
            {
                "own_words": "I have old debts and I'm afraid they'll be waiting for me when I get out.",
                "framing": "Get a clear picture of existing debts and start dealing with them.",
                "steps": [
                    ("case_manager", "List all debts and creditors together."),
                    ("partner", "Free legal aid service to advise on a repayment arrangement."),
                ],
            },
            {
                "own_words": "I don't have a bank account and I'm not good at managing money.",
                "framing": "Build basic budgeting skills and obtain identity and bank documents before release.",
                "steps": [
                    ("staff", "Social worker to help with the application for a new identity card."),
                    ("programme", "Attend the money management course."),
                    ("prisoner", "Keep a simple monthly budget of prison earnings."),
                ],
            },
        ],
        "family": [
            {
                "own_words": "I want my children to know me. They haven't seen me for a year.",
                "framing": "Restore safe, regular contact with the children.",
                "steps": [
                    ("case_manager", "Contact the social work centre about supervised visits."),
                    ("family", "The children's carer to agree a visiting schedule."),
                    ("prisoner", "Write to the children every two weeks."),
                ],
            },
            {
                "own_words": "My parents are getting old and we hardly talk any more. I want to be there for them again.",
                "framing": "Rebuild the relationship with the parents and prepare the family for release.",
                "steps": [
                    ("programme", "Join the family ties and parenting programme."),
                    ("family", "Parents to visit once a month."),
                    ("staff", "Social worker to arrange a family meeting before release."),
                ],
            },
        ],
        "health": [
            {
                "own_words": "I sleep badly and my head is full of dark thoughts.",
                "framing": "Address sleep problems and low mood together with the health service.",
                "steps": [
                    ("staff", "Establishment doctor to assess sleep and mood."),
                    ("programme", "Join the stress, sleep and well-being group."),
                    ("prisoner", "Exercise at least three times a week."),
                ],
            },
            {
                "own_words": "Before I get out I need to sort out my teeth and my blood pressure.",
                "framing": "Treat outstanding health problems and ensure continuity of care after release.",
                "steps": [
                    ("staff", "Medical service to book a dental check-up and a blood pressure check."),
                    ("case_manager", "Arrange registration with a family doctor in the home municipality."),
                ],
            },
        ],
        "substance_use": [
            {
                "own_words": "Every time there was trouble, alcohol was involved. I want to stop drinking.",
                "framing": "Reduce alcohol use and understand its link with offending.",
                "steps": [
                    ("programme", "Attend the alcohol and drugs group."),
                    ("staff", "Psychologist to work on a relapse-prevention plan."),
                    ("partner", "Make contact with a self-help group in the home town before release."),
                ],
            },
            {
                "own_words": "Heroin took years of my life. I don't use anything here, but I'm afraid of going back to it outside.",
                "framing": "Maintain abstinence and plan treatment that continues after release.",
                "steps": [
                    ("staff", "Doctor to review treatment options, including substitution therapy."),
                    ("case_manager", "Book an appointment at the addiction treatment centre for the week of release."),
                    ("prisoner", "Take part in the weekly support group."),
                ],
            },
        ],
        "thinking": [
            {
                "own_words": "I blow up quickly and regret it afterwards. I want to learn to stop in time.",
                "framing": "Develop skills to manage anger and resolve conflict without violence.",
                "steps": [
                    ("programme", "Complete the thinking skills and anger management programme."),
                    ("prisoner", "Keep a diary of difficult situations and how they were handled."),
                ],
            },
            {
                "own_words": "I often just go along with others without thinking what will happen, and then I'm the one who pays.",
                "framing": "Strengthen problem solving and thinking about consequences before acting.",
                "steps": [
                    ("programme", "Take part in the problem-solving workshops."),
                    ("case_manager", "Go through one real situation from the diary at each meeting."),
                ],
            },
        ],
        "disengagement": [
            {
                "own_words": "I want to put that group and those ideas behind me and live a normal life.",
                "framing": "Support voluntary disengagement from the violent group and its networks.",
                "steps": [
                    ("programme", "Take part voluntarily in the Crossroads programme, with an assigned mentor."),
                    ("staff", "Psychologist to offer individual sessions alongside the programme."),
                    ("case_manager", "Plan new social contacts and activities for after release."),
                ],
            },
            {
                "own_words": "I see many things differently now. I want to talk to someone who won't just judge me.",
                "framing": "Build a relationship of trust that supports reflection on past involvement in violence.",
                "steps": [
                    ("partner", "Regular meetings with a trained mentor from the Crossroads programme."),
                    ("prisoner", "Choose, together with the mentor, the topics to work on."),
                ],
            },
        ],
        "identity": [
            {
                "own_words": "When I get out I want to belong to my neighbourhood again, not be someone people avoid.",
                "framing": "Strengthen belonging and a positive role in the local community.",
                "steps": [
                    ("partner", "Volunteer centre to offer a community volunteering placement after release."),
                    ("case_manager", "Talk about which people and places can support a new start."),
                ],
            },
            {
                "own_words": "I want to find meaning in my life again. Faith used to give me peace.",
                "framing": "Support the search for meaning and purpose, including voluntary contact with a religious representative if the person asks for it.",
                "steps": [
                    ("staff", "On request, arrange a meeting with a religious representative of the person's choice."),
                    ("programme", "Join the reading and discussion group in the library."),
                    ("prisoner", "Think about what gives life purpose and talk about it at the next plan review."),
                ],
            },
        ],
    },
}

# Short progress notes on a step, as staff write them.
NOTES = {
    "sq": [
        "U mbajt takimi i parë me këshilltarin e punësimit.",
        "U regjistrua në kursin e shkrim-leximit; i ndjek rregullisht mësimet.",
        "Mungoi në takimin e grupit këtë javë për shkak të një seance në gjykatë; u caktua një datë e re.",
        "Letra për fëmijët u dërgua; qendra për punë sociale konfirmoi vizitën e parë të mbikëqyrur.",
        "Kërkesa për strehim u dorëzua; pritet përgjigjja nga pushteti vendor.",
        "Përparimi u shqyrtua me psikologun; motivimi mbetet i mirë.",
    ],
    "sr": [
        "Одржан први састанак са саветником за запошљавање.",
        "Упис на курс писмености обављен; редовно долази на наставу.",
        "Групни састанак ове недеље пропуштен због рочишта на суду; договорен је нови термин.",
        "Писмо деци послато; центар за социјални рад потврдио је прву посету под надзором.",
        "Захтев за смештај предат; чека се одговор општине.",
        "Напредак размотрен с психологом; мотивација је и даље добра.",
    ],
    "sr-latn": [
        "Održan prvi sastanak sa savetnikom za zapošljavanje.",
        "Upis na kurs pismenosti obavljen; redovno dolazi na nastavu.",
        "Grupni sastanak ove nedelje propušten zbog ročišta na sudu; dogovoren je novi termin.",
        "Pismo deci poslato; centar za socijalni rad potvrdio je prvu posetu pod nadzorom.",
        "Zahtev za smeštaj predat; čeka se odgovor opštine.",
        "Napredak razmotren s psihologom; motivacija je i dalje dobra.",
    ],
    "bs": [
        "Održan prvi sastanak sa savjetnikom za zapošljavanje.",
        "Upis na kurs pismenosti obavljen; redovno dolazi na nastavu.",
        "Grupni sastanak ove sedmice propušten zbog ročišta na sudu; dogovoren je novi termin.",
        "Pismo djeci poslano; centar za socijalni rad potvrdio je prvu posjetu pod nadzorom.",
        "Zahtjev za smještaj predat; čeka se odgovor općine.",
        "Napredak razmotren s psihologom; motivacija je i dalje dobra.",
    ],
    "hr": [
        "Održan prvi sastanak sa savjetnikom za zapošljavanje.",
        "Upis na tečaj pismenosti obavljen; redovito dolazi na nastavu.",
        "Ovotjedna grupna radionica propuštena zbog ročišta na sudu; dogovoren je novi termin.",
        "Pismo djeci poslano; centar za socijalnu skrb potvrdio je prvi nadzirani posjet.",
        "Zahtjev za smještaj predan; čeka se odgovor općine.",
        "Napredak razmotren s psihologom; motivacija je i dalje dobra.",
    ],
    "cnr": [
        "Održan prvi sastanak sa savjetnikom za zapošljavanje.",
        "Upis na kurs pismenosti obavljen; redovno dolazi na nastavu.",
        "Grupni sastanak ove sedmice propušten zbog ročišta na sudu; dogovoren je novi termin.",
        "Pismo djeci poslato; centar za socijalni rad potvrdio je prvu posjetu pod nadzorom.",
        "Zahtjev za smještaj predat; čeka se odgovor opštine.",
        "Napredak razmotren s psihologom; motivacija je i dalje dobra.",
    ],
    "mk": [
        "Одржана првата средба со советникот за вработување.",
        "Запишувањето на курсот за писменост е завршено; редовно доаѓа на настава.",
        "Групната средба оваа недела е пропуштена поради рочиште во судот; договорен е нов термин.",
        "Писмото до децата е испратено; центарот за социјална работа ја потврди првата посета под надзор.",
        "Барањето за сместување е поднесено; се чека одговор од општината.",
        "Напредокот е разгледан со психологот; мотивацијата и понатаму е добра.",
    ],
    "en": [
        "Attended the first meeting with the employment adviser.",
        "Enrolled in the literacy course; attending classes regularly.",
        "Missed this week's group session because of a court hearing; a new date has been agreed.",
        "Letter to the children sent; the social work centre confirmed the first supervised visit.",
        "Housing application submitted; waiting for a reply from the municipality.",
        "Progress reviewed with the psychologist; motivation remains good.",
    ],
}

# One-sentence summaries of a plan discussion with the prisoner.
SUMMARIES = {
    "sq": [
        "Ramë dakord që strehimi dhe rikthimi i kontaktit me fëmijët janë përparësitë për gjashtë muajt e ardhshëm.",
        "I kaluam bashkë qëllimet dhe ramë dakord të fillohet me kursin e shkrim-leximit; përparimi do të shqyrtohet pas tre muajsh.",
        "Biseda u përqendrua te përdorimi i alkoolit; motivimi për ndryshim ekziston, por është ende i pasigurt.",
        "Ramë dakord për një plan lirimi me hapa konkretë për strehimin, dokumentet dhe vazhdimin e trajtimit.",
    ],
    "sr": [
        "Договорили смо да су смештај и обнова контакта с децом приоритети за наредних шест месеци.",
        "Заједно смо прошли кроз циљеве и договорили да се почне с курсом писмености; напредак ћемо размотрити за три месеца.",
        "Разговор је био усмерен на конзумирање алкохола; мотивација за промену постоји, али је још несигурна.",
        "Договорили смо план отпуста с конкретним корацима за смештај, документа и наставак лечења.",
    ],
    "sr-latn": [
        "Dogovorili smo da su smeštaj i obnova kontakta s decom prioriteti za narednih šest meseci.",
        "Zajedno smo prošli kroz ciljeve i dogovorili da se počne s kursom pismenosti; napredak ćemo razmotriti za tri meseca.",
        "Razgovor je bio usmeren na konzumiranje alkohola; motivacija za promenu postoji, ali je još nesigurna.",
        "Dogovorili smo plan otpusta s konkretnim koracima za smeštaj, dokumenta i nastavak lečenja.",
    ],
    "bs": [
        "Dogovorili smo da su smještaj i obnova kontakta s djecom prioriteti za narednih šest mjeseci.",
        "Zajedno smo prošli kroz ciljeve i dogovorili da se počne s kursom pismenosti; napredak ćemo razmotriti za tri mjeseca.",
        "Razgovor je bio usmjeren na konzumiranje alkohola; motivacija za promjenu postoji, ali je još nesigurna.",
        "Dogovorili smo plan otpusta s konkretnim koracima za smještaj, dokumente i nastavak liječenja.",
    ],
    "hr": [
        "Dogovorili smo da su smještaj i obnova kontakta s djecom prioriteti za sljedećih šest mjeseci.",
        "Zajedno smo prošli kroz ciljeve i dogovorili da se krene s tečajem pismenosti; napredak ćemo razmotriti za tri mjeseca.",
        "Razgovor je bio usmjeren na konzumaciju alkohola; motivacija za promjenu postoji, ali je još nesigurna.",
        "Dogovorili smo plan otpusta s konkretnim koracima za smještaj, dokumente i nastavak liječenja.",
    ],
    "cnr": [
        "Dogovorili smo da su smještaj i obnova kontakta s djecom prioriteti za narednih šest mjeseci.",
        "Zajedno smo prošli kroz ciljeve i dogovorili da se počne s kursom pismenosti; napredak ćemo razmotriti za tri mjeseca.",
        "Razgovor je bio usmjeren na konzumiranje alkohola; motivacija za promjenu postoji, ali je još nesigurna.",
        "Dogovorili smo plan otpusta s konkretnim koracima za smještaj, dokumenta i nastavak liječenja.",
    ],
    "mk": [
        "Се договоривме дека сместувањето и обновувањето на контактот со децата се приоритети за следните шест месеци.",
        "Заедно ги поминавме целите и се договоривме да се започне со курсот за писменост; напредокот ќе го разгледаме за три месеци.",
        "Разговорот беше насочен кон употребата на алкохол; мотивацијата за промена постои, но е сѐ уште несигурна.",
        "Се договоривме за план за отпуштање со конкретни чекори за сместување, документи и продолжување на лекувањето.",
    ],
    "en": [
        "We agreed that housing and renewed contact with the children are the priorities for the next six months.",
        "We went through the goals together and agreed to start with the literacy course; progress will be reviewed in three months.",
        "The discussion focused on alcohol use; there is motivation to change, but it is still uncertain.",
        "We agreed a release plan with concrete steps for accommodation, documents and continued treatment.",
    ],
}

# Comments by a prisoner who does not fully agree with the plan, in the first person.
RESPONSE_COMMENTS = {
    "sq": [
        "Jam dakord me punën dhe shkollën, por nuk e kuptoj pse më duhet grupi për alkoolin.",
        "Plani është shumë i gjatë. Dua të merrem së pari me familjen, e pjesën tjetër më vonë.",
        "Nuk jam person agresiv, kjo ndodhi vetëm një herë. Nuk më duhet programi për zemërimin.",
        "Disa qëllime janë shkruar pa më pyetur. Dua të kem edhe unë fjalën për hapat.",
    ],
    "sr": [
        "Слажем се с послом и школом, али не видим зашто ми треба група за алкохол.",
        "План је предугачак. Хоћу прво да се посветим породици, а остало касније.",
        "Нисам агресивна особа, то се десило једном. Не треба ми програм за бес.",
        "Неки циљеви су записани а да ме нико није питао. Хоћу да учествујем у одлучивању о корацима.",
    ],
    "sr-latn": [
        "Slažem se s poslom i školom, ali ne vidim zašto mi treba grupa za alkohol.",
        "Plan je predugačak. Hoću prvo da se posvetim porodici, a ostalo kasnije.",
        "Nisam agresivna osoba, to se desilo jednom. Ne treba mi program za bes.",
        "Neki ciljevi su zapisani a da me niko nije pitao. Hoću da učestvujem u odlučivanju o koracima.",
    ],
    "bs": [
        "Slažem se s poslom i školom, ali ne vidim zašto mi treba grupa za alkohol.",
        "Plan je predug. Želim se prvo posvetiti porodici, a ostalo poslije.",
        "Nisam agresivna osoba, to se desilo jednom. Ne treba mi program za ljutnju.",
        "Neki ciljevi su zapisani a da me niko nije pitao. Želim učestvovati u odlučivanju o koracima.",
    ],
    "hr": [
        "Slažem se s poslom i školom, ali ne vidim zašto mi treba skupina za alkohol.",
        "Plan je predug. Želim se prvo posvetiti obitelji, a ostalo poslije.",
        "Nisam agresivna osoba, to se dogodilo jednom. Ne treba mi program za ljutnju.",
        "Neki su ciljevi zapisani a da me nitko nije pitao. Želim sudjelovati u odlučivanju o koracima.",
    ],
    "cnr": [
        "Slažem se s poslom i školom, ali ne vidim zašto mi treba grupa za alkohol.",
        "Plan je predug. Hoću prvo da se posvetim porodici, a ostalo kasnije.",
        "Nijesam agresivna osoba, to se desilo jednom. Ne treba mi program za bijes.",
        "Neki ciljevi su zapisani a da me niko nije pitao. Hoću da učestvujem u odlučivanju o koracima.",
    ],
    "mk": [
        "Се согласувам за работата и училиштето, но не гледам зошто ми е потребна групата за алкохол.",
        "Планот е премногу долг. Сакам прво да се посветам на семејството, а другото подоцна.",
        "Не сум агресивна личност, тоа се случи еднаш. Не ми треба програма за гнев.",
        "Некои цели се запишани без никој да ме праша. Сакам да учествувам во одлучувањето за чекорите.",
    ],
    "en": [
        "I agree with work and school, but I don't see why I need the alcohol group.",
        "The plan is too long. I want to deal with my family first and the rest later.",
        "I'm not an aggressive person, it happened once. I don't need the anger programme.",
        "Some of these goals were written down without asking me. I want a say in the steps.",
    ],
}

# ---------------------------------------------------------------------------------------------
# Programme catalogue: twelve programmes covering every programme type at least once.
# ---------------------------------------------------------------------------------------------
PROGRAMMES = [
    {
        "code": "EDU-LIT",
        "kind": "education",
        "name": {
            "sq": "Shkrim-leximi dhe aritmetika bazë",
            "sr": "Основна писменост и рачунање",
            "sr-latn": "Osnovna pismenost i računanje",
            "bs": "Osnovna pismenost i računanje",
            "hr": "Osnovna pismenost i računanje",
            "cnr": "Osnovna pismenost i računanje",
            "mk": "Основна писменост и сметање",
            "en": "Basic literacy and numeracy",
        },
        "description": {
            "sq": "Mësime në grupe të vogla për lexim, shkrim dhe aritmetikë për të rriturit që nuk e kanë përfunduar arsimin bazë. Përfundon me një certifikatë të njohur nga autoritetet arsimore.",
            "sr": "Настава у малим групама из читања, писања и рачунања за одрасле који нису завршили основно образовање. Завршава се уверењем које признају надлежни образовни органи.",
            "sr-latn": "Nastava u malim grupama iz čitanja, pisanja i računanja za odrasle koji nisu završili osnovno obrazovanje. Završava se uverenjem koje priznaju nadležni obrazovni organi.",
            "bs": "Nastava u malim grupama iz čitanja, pisanja i računanja za odrasle koji nisu završili osnovno obrazovanje. Završava se uvjerenjem koje priznaju nadležni obrazovni organi.",
            "hr": "Nastava u malim skupinama iz čitanja, pisanja i računanja za odrasle koji nisu završili osnovno obrazovanje. Završava svjedodžbom koju priznaju nadležna obrazovna tijela.",
            "cnr": "Nastava u malim grupama iz čitanja, pisanja i računanja za odrasle koji nijesu završili osnovno obrazovanje. Završava se uvjerenjem koje priznaju nadležni obrazovni organi.",
            "mk": "Настава во мали групи за читање, пишување и сметање за возрасни што не го завршиле основното образование. Завршува со уверение признаено од надлежните образовни органи.",
            "en": "Small-group classes in reading, writing and arithmetic for adults who did not complete basic education. Leads to a certificate recognised by the education authorities.",
        },
        "provider": {
            "sq": "Sektori i arsimit i institucionit",
            "sr": "Одељење за образовање завода",
            "sr-latn": "Odeljenje za obrazovanje zavoda",
            "bs": "Odjel za obrazovanje zavoda",
            "hr": "Odjel obrazovanja ustanove",
            "cnr": "Odsjek za obrazovanje zavoda",
            "mk": "Одделение за образование на установата",
            "en": "Education department of the establishment",
        },
        "capacity": 12,
        "sessions_planned": 40,
        "duration_weeks": 20,
        "evidence": "evaluated",
        "target_groups": [],
        "step_hint": "ete",
    },
    {
        "code": "EDU-MONEY",
        "kind": "education",
        "name": {
            "sq": "Menaxhimi i parave para dhe pas lirimit",
            "sr": "Управљање новцем пре и после отпуста",
            "sr-latn": "Upravljanje novcem pre i posle otpusta",
            "bs": "Upravljanje novcem prije i nakon otpusta",
            "hr": "Upravljanje novcem prije i nakon otpusta",
            "cnr": "Upravljanje novcem prije i nakon otpusta",
            "mk": "Управување со пари пред и по отпуштањето",
            "en": "Managing money before and after release",
        },
        "description": {
            "sq": "Seanca praktike për buxhetin, llogaritë bankare, borxhet dhe përfitimet sociale, me shembuj nga jeta e pjesëmarrësve.",
            "sr": "Практичне радионице о буџету, рачунима у банци, дуговима и социјалним давањима, на примерима из живота учесника.",
            "sr-latn": "Praktične radionice o budžetu, računima u banci, dugovima i socijalnim davanjima, na primerima iz života učesnika.",
            "bs": "Praktične radionice o budžetu, računima u banci, dugovima i socijalnim davanjima, na primjerima iz života učesnika.",
            "hr": "Praktične radionice o kućnom proračunu, bankovnim računima, dugovima i socijalnim naknadama, na primjerima iz života sudionika.",
            "cnr": "Praktične radionice o budžetu, računima u banci, dugovima i socijalnim davanjima, na primjerima iz života učesnika.",
            "mk": "Практични работилници за буџет, банкарски сметки, долгови и социјални надоместоци, на примери од животот на учесниците.",
            "en": "Practical sessions on budgeting, bank accounts, debts and social benefits, worked through with examples from participants' own lives.",
        },
        "provider": {
            "sq": "OJQ-ja lokale «Hapi»",
            "sr": "Локално удружење „Корак“",
            "sr-latn": "Lokalno udruženje „Korak“",
            "bs": "Lokalno udruženje „Korak“",
            "hr": "Lokalna udruga „Korak“",
            "cnr": "Lokalna NVO „Korak“",
            "mk": "Локално здружение „Чекор“",
            "en": "Local NGO 'Korak'",
        },
        "capacity": 12,
        "sessions_planned": 8,
        "duration_weeks": 8,
        "evidence": "promising",
        "target_groups": [],
        "step_hint": "finance",
    },
    {
        "code": "VOC-WELD",
        "kind": "vocational",
        "name": {
            "sq": "Kursi i saldimit",
            "sr": "Курс заваривања",
            "sr-latn": "Kurs zavarivanja",
            "bs": "Kurs zavarivanja",
            "hr": "Tečaj zavarivanja",
            "cnr": "Kurs zavarivanja",
            "mk": "Курс за заварување",
            "en": "Welding course",
        },
        "description": {
            "sq": "Teori dhe praktikë në punishte që çojnë në një kualifikim të njohur saldatori; përfshin sigurinë dhe shëndetin në punë.",
            "sr": "Теорија и рад у радионици који воде до признате квалификације заваривача; укључује безбедност и здравље на раду.",
            "sr-latn": "Teorija i rad u radionici koji vode do priznate kvalifikacije zavarivača; uključuje bezbednost i zdravlje na radu.",
            "bs": "Teorija i rad u radionici koji vode do priznate kvalifikacije zavarivača; uključuje zaštitu na radu.",
            "hr": "Teorija i rad u radionici koji vode do priznate kvalifikacije zavarivača; uključuje zaštitu na radu.",
            "cnr": "Teorija i rad u radionici koji vode do priznate kvalifikacije zavarivača; uključuje zaštitu na radu.",
            "mk": "Теорија и работа во работилница што водат до признаена квалификација за заварувач; вклучува безбедност и здравје при работа.",
            "en": "Theory and workshop practice leading to a recognised welder qualification; includes health and safety at work.",
        },
        "provider": {
            "sq": "Qendra rajonale e formimit profesional",
            "sr": "Регионални центар за стручно оспособљавање",
            "sr-latn": "Regionalni centar za stručno osposobljavanje",
            "bs": "Regionalni centar za stručno osposobljavanje",
            "hr": "Regionalni centar za strukovno osposobljavanje",
            "cnr": "Regionalni centar za stručno osposobljavanje",
            "mk": "Регионален центар за стручна обука",
            "en": "Regional vocational training centre",
        },
        "capacity": 10,
        "sessions_planned": 60,
        "duration_weeks": 24,
        "evidence": "promising",
        "target_groups": [],
        "step_hint": "ete",
    },
    {
        "code": "WRK-WOOD",
        "kind": "work",
        "name": {
            "sq": "Punishtja e marangozisë",
            "sr": "Столарска радионица",
            "sr-latn": "Stolarska radionica",
            "bs": "Stolarska radionica",
            "hr": "Stolarska radionica",
            "cnr": "Stolarska radionica",
            "mk": "Столарска работилница",
            "en": "Carpentry workshop",
        },
        "description": {
            "sq": "Punë e paguar në punishten e marangozisë së institucionit nën drejtimin e një instruktori, për të krijuar zakone pune dhe aftësi praktike.",
            "sr": "Плаћени рад у столарској радионици завода уз инструктора, ради стицања радних навика и практичних вештина.",
            "sr-latn": "Plaćeni rad u stolarskoj radionici zavoda uz instruktora, radi sticanja radnih navika i praktičnih veština.",
            "bs": "Plaćeni rad u stolarskoj radionici zavoda uz instruktora, radi sticanja radnih navika i praktičnih vještina.",
            "hr": "Plaćeni rad u stolarskoj radionici ustanove uz instruktora, za stjecanje radnih navika i praktičnih vještina.",
            "cnr": "Plaćeni rad u stolarskoj radionici zavoda uz instruktora, radi sticanja radnih navika i praktičnih vještina.",
            "mk": "Платена работа во столарската работилница на установата со инструктор, за стекнување работни навики и практични вештини.",
            "en": "Paid work in the establishment's carpentry workshop under an instructor, building work habits and practical skills.",
        },
        "provider": {
            "sq": "Njësia e punës dhe e formimit e institucionit",
            "sr": "Служба за радно ангажовање и обуку завода",
            "sr-latn": "Služba za radno angažovanje i obuku zavoda",
            "bs": "Služba za rad i obuku zavoda",
            "hr": "Odjel rada i strukovne izobrazbe ustanove",
            "cnr": "Služba za rad i obuku zavoda",
            "mk": "Одделение за работа и обука на установата",
            "en": "Work and training unit of the establishment",
        },
        "capacity": 15,
        "sessions_planned": 100,
        "duration_weeks": 26,
        "evidence": "none",
        "target_groups": [],
        "step_hint": "ete",
    },
    {
        "code": "CBT-SKILLS",
        "kind": "cognitive_behavioural",
        "name": {
            "sq": "Aftësitë e të menduarit dhe menaxhimi i zemërimit",
            "sr": "Вештине размишљања и управљање бесом",
            "sr-latn": "Veštine razmišljanja i upravljanje besom",
            "bs": "Vještine razmišljanja i upravljanje ljutnjom",
            "hr": "Vještine mišljenja i upravljanje ljutnjom",
            "cnr": "Vještine razmišljanja i upravljanje bijesom",
            "mk": "Вештини за размислување и справување со гневот",
            "en": "Thinking skills and anger management",
        },
        "description": {
            "sq": "Program grupor i strukturuar për vetëkontrollin, zgjidhjen e problemeve dhe menaxhimin e zemërimit, me ushtrime ndërmjet takimeve.",
            "sr": "Структурисани групни програм о самоконтроли, решавању проблема и управљању бесом, с вежбама између сусрета.",
            "sr-latn": "Strukturisani grupni program o samokontroli, rešavanju problema i upravljanju besom, s vežbama između susreta.",
            "bs": "Strukturiran grupni program o samokontroli, rješavanju problema i upravljanju ljutnjom, s vježbama između susreta.",
            "hr": "Strukturirani grupni program o samokontroli, rješavanju problema i upravljanju ljutnjom, s vježbama između susreta.",
            "cnr": "Strukturisani grupni program o samokontroli, rješavanju problema i upravljanju bijesom, s vježbama između susreta.",
            "mk": "Структурирана групна програма за самоконтрола, решавање проблеми и справување со гневот, со вежби меѓу средбите.",
            "en": "A structured group programme on self-control, problem solving and managing anger, with practice between sessions.",
        },
        "provider": {
            "sq": "Shërbimi psikologjik i institucionit",
            "sr": "Психолошка служба завода",
            "sr-latn": "Psihološka služba zavoda",
            "bs": "Psihološka služba zavoda",
            "hr": "Psihološka služba ustanove",
            "cnr": "Psihološka služba zavoda",
            "mk": "Психолошка служба на установата",
            "en": "Psychology service of the establishment",
        },
        "capacity": 10,
        "sessions_planned": 16,
        "duration_weeks": 8,
        "evidence": "evaluated",
        "target_groups": [],
        "step_hint": "thinking",
    },
    {
        "code": "HLT-ADD",
        "kind": "health",
        "name": {
            "sq": "Grupi për alkoolin dhe drogën",
            "sr": "Група за алкохол и дроге",
            "sr-latn": "Grupa za alkohol i droge",
            "bs": "Grupa za alkohol i droge",
            "hr": "Skupina za alkohol i droge",
            "cnr": "Grupa za alkohol i droge",
            "mk": "Група за алкохол и дроги",
            "en": "Alcohol and drugs group",
        },
        "description": {
            "sq": "Punë në grup për motivimin, dëshirën e fortë për përdorim dhe parandalimin e rikthimit, me lidhje me shërbimet e trajtimit jashtë institucionit.",
            "sr": "Групни рад на мотивацији, жудњи и превенцији рецидива, уз повезивање са службама за лечење ван завода.",
            "sr-latn": "Grupni rad na motivaciji, žudnji i prevenciji recidiva, uz povezivanje sa službama za lečenje van zavoda.",
            "bs": "Grupni rad na motivaciji, žudnji i prevenciji recidiva, uz povezivanje sa službama za liječenje izvan zavoda.",
            "hr": "Grupni rad na motivaciji, žudnji i sprječavanju recidiva, uz povezivanje sa službama za liječenje izvan ustanove.",
            "cnr": "Grupni rad na motivaciji, žudnji i prevenciji recidiva, uz povezivanje sa službama za liječenje van zavoda.",
            "mk": "Групна работа за мотивацијата, силната желба за употреба и спречувањето рецидив, со поврзување со службите за лекување надвор од установата.",
            "en": "Group work on motivation, cravings and relapse prevention, with links to treatment services outside.",
        },
        "provider": {
            "sq": "Shërbimi shëndetësor i institucionit dhe shoqata «Rruga e re»",
            "sr": "Здравствена служба завода и удружење „Нови пут“",
            "sr-latn": "Zdravstvena služba zavoda i udruženje „Novi put“",
            "bs": "Zdravstvena služba zavoda i udruženje „Novi put“",
            "hr": "Zdravstvena služba ustanove i udruga „Novi put“",
            "cnr": "Zdravstvena služba zavoda i NVO „Novi put“",
            "mk": "Здравствена служба на установата и здружението „Нов пат“",
            "en": "Health service of the establishment with the association 'Novi put'",
        },
        "capacity": 10,
        "sessions_planned": 12,
        "duration_weeks": 12,
        "evidence": "promising",
        "target_groups": [],
        "step_hint": "substance_use",
    },
    {
        "code": "HLT-MIND",
        "kind": "health",
        "name": {
            "sq": "Stresi, gjumi dhe mirëqenia",
            "sr": "Стрес, сан и добробит",
            "sr-latn": "Stres, san i dobrobit",
            "bs": "Stres, san i dobrobit",
            "hr": "Stres, san i dobrobit",
            "cnr": "Stres, san i dobrobit",
            "mk": "Стрес, сон и благосостојба",
            "en": "Stress, sleep and well-being",
        },
        "description": {
            "sq": "Grup i shkurtër për gjumin, stresin dhe gjendjen e rënduar shpirtërore, me ushtrime relaksimi dhe këshilla se kur duhet kërkuar ndihmë.",
            "sr": "Кратка група о спавању, стресу и лошем расположењу, с вежбама опуштања и саветима када потражити помоћ.",
            "sr-latn": "Kratka grupa o spavanju, stresu i lošem raspoloženju, s vežbama opuštanja i savetima kada potražiti pomoć.",
            "bs": "Kratka grupa o spavanju, stresu i lošem raspoloženju, s vježbama opuštanja i savjetima kada potražiti pomoć.",
            "hr": "Kratka skupina o spavanju, stresu i lošem raspoloženju, s vježbama opuštanja i savjetima kada potražiti pomoć.",
            "cnr": "Kratka grupa o spavanju, stresu i lošem raspoloženju, s vježbama opuštanja i savjetima kada potražiti pomoć.",
            "mk": "Кратка група за спиењето, стресот и лошото расположение, со вежби за релаксација и совети кога да се побара помош.",
            "en": "A short group on sleep, stress and low mood, with relaxation exercises and advice on when to seek help.",
        },
        "provider": {
            "sq": "Shërbimi shëndetësor i institucionit",
            "sr": "Здравствена служба завода",
            "sr-latn": "Zdravstvena služba zavoda",
            "bs": "Zdravstvena služba zavoda",
            "hr": "Zdravstvena služba ustanove",
            "cnr": "Zdravstvena služba zavoda",
            "mk": "Здравствена служба на установата",
            "en": "Health service of the establishment",
        },
        "capacity": 8,
        "sessions_planned": 8,
        "duration_weeks": 8,
        "evidence": "theory",
        "target_groups": ["female"],
        "step_hint": "health",
    },
    {
        "code": "DIS-CROSS",
        "kind": "disengagement",
        "name": {
            "sq": "Udhëkryqi: program vullnetar për shkëputjen nga dhuna",
            "sr": "Раскршће: добровољни програм одвајања од насиља",
            "sr-latn": "Raskršće: dobrovoljni program odvajanja od nasilja",
            "bs": "Raskršće: dobrovoljni program odvajanja od nasilja",
            "hr": "Raskrižje: dobrovoljni program odvajanja od nasilja",
            "cnr": "Raskršće: dobrovoljni program odvajanja od nasilja",
            "mk": "Крстопат: доброволна програма за оддалечување од насилството",
            "en": "Crossroads: voluntary disengagement programme",
        },
        "description": {
            "sq": "Program vullnetar, i mbështetur në rezultatet e kërkimeve, për personat e dënuar për vepra penale të lidhura me ekstremizmin e dhunshëm, që ndërthur mentorimin individual, mbështetjen psikologjike dhe ndihmën praktike për riintegrim. Përqendrohet te largimi nga grupet e dhunshme dhe ndërtimi i një jete jashtë tyre, jo te ndryshimi i besimit apo i bindjeve të dikujt.",
            "sr": "Добровољан програм заснован на резултатима истраживања, намењен лицима осуђеним за кривична дела повезана с насилним екстремизмом, који комбинује индивидуално менторство, психолошку подршку и практичну помоћ при реинтеграцији. Усмерен је на напуштање насилних група и изградњу живота ван њих, а не на мењање нечије вере или уверења.",
            "sr-latn": "Dobrovoljan program zasnovan na rezultatima istraživanja, namenjen licima osuđenim za krivična dela povezana s nasilnim ekstremizmom, koji kombinuje individualno mentorstvo, psihološku podršku i praktičnu pomoć pri reintegraciji. Usmeren je na napuštanje nasilnih grupa i izgradnju života van njih, a ne na menjanje nečije vere ili uverenja.",
            "bs": "Dobrovoljan program zasnovan na rezultatima istraživanja, namijenjen osobama osuđenim za krivična djela povezana s nasilnim ekstremizmom, koji kombinuje individualno mentorstvo, psihološku podršku i praktičnu pomoć pri reintegraciji. Usmjeren je na napuštanje nasilnih grupa i izgradnju života izvan njih, a ne na mijenjanje nečije vjere ili uvjerenja.",
            "hr": "Dobrovoljan program oslonjen na rezultate istraživanja, namijenjen osobama osuđenima za kaznena djela povezana s nasilnim ekstremizmom, koji spaja individualno mentorstvo, psihološku podršku i praktičnu pomoć pri reintegraciji. Usmjeren je na napuštanje nasilnih skupina i izgradnju života izvan njih, a ne na mijenjanje nečije vjere ili uvjerenja.",
            "cnr": "Dobrovoljan program zasnovan na rezultatima istraživanja, namijenjen licima osuđenim za krivična djela povezana s nasilnim ekstremizmom, koji kombinuje individualno mentorstvo, psihološku podršku i praktičnu pomoć pri reintegraciji. Usmjeren je na napuštanje nasilnih grupa i izgradnju života van njih, a ne na mijenjanje nečije vjere ili uvjerenja.",
            "mk": "Доброволна програма заснована на резултати од истражувања, наменета за лица осудени за кривични дела поврзани со насилен екстремизам, која комбинира индивидуално менторство, психолошка поддршка и практична помош за реинтеграција. Насочена е кон напуштање на насилните групи и градење живот надвор од нив, а не кон менување на нечија вера или уверувања.",
            "en": "A voluntary, evidence-informed programme for people convicted of offences related to violent extremism, combining individual mentoring, psychological support and practical help with reintegration. It focuses on leaving violent groups and building a life outside them, not on changing anyone's faith or beliefs.",
        },
        "provider": {
            "sq": "Qendra për Dialog dhe Riintegrim «Spiranca» dhe shërbimi psikologjik i institucionit",
            "sr": "Центар за дијалог и реинтеграцију „Сидро“ и психолошка служба завода",
            "sr-latn": "Centar za dijalog i reintegraciju „Sidro“ i psihološka služba zavoda",
            "bs": "Centar za dijalog i reintegraciju „Sidro“ i psihološka služba zavoda",
            "hr": "Centar za dijalog i reintegraciju „Sidro“ i psihološka služba ustanove",
            "cnr": "Centar za dijalog i reintegraciju „Sidro“ i psihološka služba zavoda",
            "mk": "Центар за дијалог и реинтеграција „Сидро“ и психолошката служба на установата",
            "en": "Centre for Dialogue and Reintegration 'Sidro' with the psychology service of the establishment",
        },
        "capacity": 6,
        "sessions_planned": 24,
        "duration_weeks": 24,
        "evidence": "promising",
        "target_groups": [],
        "step_hint": "disengagement",
    },
    {
        "code": "REL-COUNS",
        "kind": "religious_counselling",
        "name": {
            "sq": "Këshillimi fetar",
            "sr": "Верско саветовање",
            "sr-latn": "Versko savetovanje",
            "bs": "Vjersko savjetovanje",
            "hr": "Vjersko savjetovanje",
            "cnr": "Vjersko savjetovanje",
            "mk": "Верско советување",
            "en": "Religious counselling",
        },
        "description": {
            "sq": "Biseda individuale vullnetare, me kërkesë, me një përfaqësues të bashkësisë fetare së cilës i përket personi. Pjesëmarrja ose mospjesëmarrja nuk ndikon në plan apo në privilegjet.",
            "sr": "Добровољни индивидуални разговори, на захтев, с представником верске заједнице којој лице припада. Учешће или неучешће не утиче на план ни на погодности.",
            "sr-latn": "Dobrovoljni individualni razgovori, na zahtev, s predstavnikom verske zajednice kojoj lice pripada. Učešće ili neučešće ne utiče na plan ni na pogodnosti.",
            "bs": "Dobrovoljni individualni razgovori, na zahtjev, s predstavnikom vjerske zajednice kojoj osoba pripada. Učešće ili neučešće ne utiče na plan ni na pogodnosti.",
            "hr": "Dobrovoljni individualni razgovori, na zahtjev, s predstavnikom vjerske zajednice kojoj osoba pripada. Sudjelovanje ili nesudjelovanje ne utječe na plan ni na pogodnosti.",
            "cnr": "Dobrovoljni individualni razgovori, na zahtjev, s predstavnikom vjerske zajednice kojoj lice pripada. Učešće ili neučešće ne utiče na plan ni na pogodnosti.",
            "mk": "Доброволни индивидуални разговори, на барање, со претставник на верската заедница на која ѝ припаѓа лицето. Учеството или неучеството не влијае на планот ниту на погодностите.",
            "en": "Voluntary individual conversations, on request, with a representative of the religious community the person belongs to. Taking part or not has no effect on the plan or on privileges.",
        },
        "provider": {
            "sq": "Përfaqësues fetarë të akredituar në institucion",
            "sr": "Верски представници акредитовани у заводу",
            "sr-latn": "Verski predstavnici akreditovani u zavodu",
            "bs": "Vjerski predstavnici akreditovani u zavodu",
            "hr": "Vjerski predstavnici akreditirani u ustanovi",
            "cnr": "Vjerski predstavnici akreditovani u zavodu",
            "mk": "Верски претставници акредитирани во установата",
            "en": "Religious representatives accredited to the establishment",
        },
        "capacity": 20,
        "sessions_planned": 12,
        "duration_weeks": 12,
        "evidence": "none",
        "target_groups": [],
        "step_hint": "identity",
    },
    {
        "code": "MEN-GATE",
        "kind": "mentoring",
        "name": {
            "sq": "Mentorimi gjatë kalimit në liri",
            "sr": "Менторство при изласку",
            "sr-latn": "Mentorstvo pri izlasku",
            "bs": "Mentorstvo pri izlasku",
            "hr": "Mentorstvo pri izlasku",
            "cnr": "Mentorstvo pri izlasku",
            "mk": "Менторство при излегување",
            "en": "Through-the-gate mentoring",
        },
        "description": {
            "sq": "Një mentor vullnetar i trajnuar takohet me personin në muajt e fundit para lirimit dhe në javët e para jashtë, duke ndihmuar me strehimin, dokumentet dhe shërbimet.",
            "sr": "Обучени волонтер ментор састаје се с лицем у последњим месецима пре отпуста и у првим недељама на слободи и помаже око смештаја, докумената и служби.",
            "sr-latn": "Obučeni volonter mentor sastaje se s licem u poslednjim mesecima pre otpusta i u prvim nedeljama na slobodi i pomaže oko smeštaja, dokumenata i službi.",
            "bs": "Obučeni volonter mentor sastaje se s osobom u posljednjim mjesecima prije otpusta i u prvim sedmicama na slobodi i pomaže oko smještaja, dokumenata i službi.",
            "hr": "Educirani volonter mentor susreće se s osobom u posljednjim mjesecima prije otpusta i u prvim tjednima na slobodi te pomaže oko smještaja, dokumenata i službi.",
            "cnr": "Obučeni volonter mentor sastaje se s licem u posljednjim mjesecima prije otpusta i u prvim sedmicama na slobodi i pomaže oko smještaja, dokumenata i službi.",
            "mk": "Обучен волонтер-ментор се среќава со лицето во последните месеци пред отпуштањето и во првите недели на слобода и помага околу сместувањето, документите и службите.",
            "en": "A trained volunteer mentor meets the person in the last months before release and in the first weeks outside, helping with housing, documents and services.",
        },
        "provider": {
            "sq": "OJQ-ja lokale «Rruga e re»",
            "sr": "Локално удружење „Нови пут“",
            "sr-latn": "Lokalno udruženje „Novi put“",
            "bs": "Lokalno udruženje „Novi put“",
            "hr": "Lokalna udruga „Novi put“",
            "cnr": "Lokalna NVO „Novi put“",
            "mk": "Локално здружение „Нов пат“",
            "en": "Local NGO 'Novi put'",
        },
        "capacity": 8,
        "sessions_planned": 12,
        "duration_weeks": 24,
        "evidence": "promising",
        "target_groups": ["young_adult"],
        "step_hint": "accommodation",
    },
    {
        "code": "FAM-TIES",
        "kind": "family",
        "name": {
            "sq": "Lidhjet familjare dhe prindërimi",
            "sr": "Породичне везе и родитељство",
            "sr-latn": "Porodične veze i roditeljstvo",
            "bs": "Porodične veze i roditeljstvo",
            "hr": "Obiteljske veze i roditeljstvo",
            "cnr": "Porodične veze i roditeljstvo",
            "mk": "Семејни врски и родителство",
            "en": "Family ties and parenting",
        },
        "description": {
            "sq": "Takime në grup dhe ditë vizitash familjare për prindërimin nga burgu, komunikimin dhe përgatitjen e familjes për lirimin.",
            "sr": "Групни сусрети и дани породичних посета о родитељству из затвора, комуникацији и припреми породице за отпуст.",
            "sr-latn": "Grupni susreti i dani porodičnih poseta o roditeljstvu iz zatvora, komunikaciji i pripremi porodice za otpust.",
            "bs": "Grupni susreti i dani porodičnih posjeta o roditeljstvu iz zatvora, komunikaciji i pripremi porodice za otpust.",
            "hr": "Grupni susreti i dani obiteljskih posjeta o roditeljstvu iz zatvora, komunikaciji i pripremi obitelji za otpust.",
            "cnr": "Grupni susreti i dani porodičnih posjeta o roditeljstvu iz zatvora, komunikaciji i pripremi porodice za otpust.",
            "mk": "Групни средби и денови за семејни посети за родителството од затвор, комуникацијата и подготовката на семејството за отпуштањето.",
            "en": "Group sessions and family visit days on parenting from prison, communication and preparing the family for release.",
        },
        "provider": {
            "sq": "Shërbimi social i institucionit dhe qendra e këshillimit familjar «Së bashku»",
            "sr": "Социјална служба завода и породично саветовалиште „Заједно“",
            "sr-latn": "Socijalna služba zavoda i porodično savetovalište „Zajedno“",
            "bs": "Socijalna služba zavoda i porodično savjetovalište „Zajedno“",
            "hr": "Socijalna služba ustanove i obiteljsko savjetovalište „Zajedno“",
            "cnr": "Socijalna služba zavoda i porodično savjetovalište „Zajedno“",
            "mk": "Социјална служба на установата и семејното советувалиште „Заедно“",
            "en": "Social service of the establishment with the family counselling centre 'Zajedno'",
        },
        "capacity": 10,
        "sessions_planned": 10,
        "duration_weeks": 10,
        "evidence": "promising",
        "target_groups": [],
        "step_hint": "family",
    },
    {
        "code": "SPC-DRAMA",
        "kind": "sport_culture",
        "name": {
            "sq": "Punëtoria e dramës",
            "sr": "Драмска радионица",
            "sr-latn": "Dramska radionica",
            "bs": "Dramska radionica",
            "hr": "Dramska radionica",
            "cnr": "Dramska radionica",
            "mk": "Драмска работилница",
            "en": "Drama workshop",
        },
        "description": {
            "sq": "Punë teatrore javore që përmbyllet me një shfaqje të shkurtër; forcon vetëbesimin, bashkëpunimin dhe vetëshprehjen.",
            "sr": "Недељни позоришни рад који се завршава кратком представом; јача самопоуздање, сарадњу и изражавање.",
            "sr-latn": "Nedeljni pozorišni rad koji se završava kratkom predstavom; jača samopouzdanje, saradnju i izražavanje.",
            "bs": "Sedmični pozorišni rad koji se završava kratkom predstavom; jača samopouzdanje, saradnju i izražavanje.",
            "hr": "Tjedni kazališni rad koji završava kratkom predstavom; jača samopouzdanje, suradnju i izražavanje.",
            "cnr": "Sedmični pozorišni rad koji se završava kratkom predstavom; jača samopouzdanje, saradnju i izražavanje.",
            "mk": "Неделна театарска работа што завршува со кратка претстава; гради самодоверба, соработка и изразување.",
            "en": "Weekly theatre work ending in a short performance, building confidence, teamwork and self-expression.",
        },
        "provider": {
            "sq": "Njësia e kulturës dhe e arsimit me teatrin amator «Skena»",
            "sr": "Служба за културу и образовање с аматерским позориштем „Сцена“",
            "sr-latn": "Služba za kulturu i obrazovanje s amaterskim pozorištem „Scena“",
            "bs": "Služba za kulturu i obrazovanje s amaterskim pozorištem „Scena“",
            "hr": "Odjel kulture i obrazovanja s amaterskim kazalištem „Scena“",
            "cnr": "Služba za kulturu i obrazovanje s amaterskim pozorištem „Scena“",
            "mk": "Одделение за култура и образование со аматерскиот театар „Сцена“",
            "en": "Culture and education unit with the amateur theatre 'Scena'",
        },
        "capacity": 14,
        "sessions_planned": 20,
        "duration_weeks": 10,
        "evidence": "theory",
        "target_groups": ["juvenile", "young_adult"],
        "step_hint": "identity",
    },
]

# Generic topics for programme sessions.
SESSION_TOPICS = {
    "sq": [
        "Njohja dhe rregullat e grupit",
        "Çfarë ka rëndësi për mua: qëllimet dhe vlerat",
        "Njohja e situatave të rrezikshme",
        "Përballimi i stresit dhe i emocioneve të forta",
        "Komunikimi dhe zgjidhja e konflikteve",
        "Familja dhe marrëdhëniet e rëndësishme",
        "Planifikimi i jetës pas lirimit",
        "Shqyrtimi i përparimit dhe hapat e ardhshëm",
    ],
    "sr": [
        "Упознавање и правила групе",
        "Шта ми је важно: циљеви и вредности",
        "Препознавање ризичних ситуација",
        "Како се носити са стресом и јаким емоцијама",
        "Комуникација и решавање сукоба",
        "Породица и важни односи",
        "Планирање живота након отпуста",
        "Преглед напретка и наредни кораци",
    ],
    "sr-latn": [
        "Upoznavanje i pravila grupe",
        "Šta mi je važno: ciljevi i vrednosti",
        "Prepoznavanje rizičnih situacija",
        "Kako se nositi sa stresom i jakim emocijama",
        "Komunikacija i rešavanje sukoba",
        "Porodica i važni odnosi",
        "Planiranje života nakon otpusta",
        "Pregled napretka i naredni koraci",
    ],
    "bs": [
        "Upoznavanje i pravila grupe",
        "Šta mi je važno: ciljevi i vrijednosti",
        "Prepoznavanje rizičnih situacija",
        "Nošenje sa stresom i jakim emocijama",
        "Komunikacija i rješavanje sukoba",
        "Porodica i važni odnosi",
        "Planiranje života nakon otpusta",
        "Pregled napretka i naredni koraci",
    ],
    "hr": [
        "Upoznavanje i pravila skupine",
        "Što mi je važno: ciljevi i vrijednosti",
        "Prepoznavanje rizičnih situacija",
        "Nošenje sa stresom i jakim emocijama",
        "Komunikacija i rješavanje sukoba",
        "Obitelj i važni odnosi",
        "Planiranje života nakon otpusta",
        "Pregled napretka i sljedeći koraci",
    ],
    "cnr": [
        "Upoznavanje i pravila grupe",
        "Šta mi je važno: ciljevi i vrijednosti",
        "Prepoznavanje rizičnih situacija",
        "Kako se nositi sa stresom i jakim emocijama",
        "Komunikacija i rješavanje sukoba",
        "Porodica i važni odnosi",
        "Planiranje života nakon otpusta",
        "Pregled napretka i naredni koraci",
    ],
    "mk": [
        "Запознавање и правила на групата",
        "Што ми е важно: цели и вредности",
        "Препознавање ризични ситуации",
        "Справување со стресот и силните емоции",
        "Комуникација и решавање конфликти",
        "Семејството и важните односи",
        "Планирање на животот по отпуштањето",
        "Преглед на напредокот и следни чекори",
    ],
    "en": [
        "Introduction and group agreement",
        "What matters to me: goals and values",
        "Recognising risky situations",
        "Coping with stress and strong emotions",
        "Communication and resolving conflict",
        "Family and important relationships",
        "Planning for life after release",
        "Review of progress and next steps",
    ],
}
# fmt: on

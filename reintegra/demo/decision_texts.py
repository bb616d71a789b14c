"""Synthetic decision texts for the demo region, in each service's working language (fictional)."""

# Everything here is invented. The laws are generic names marked "(demo)", the article numbers are made up and
# the provision texts are short paraphrases written for the demo, not quotations of any real law.
#
# Reasons are about concrete, documented behaviour only. Religion, ethnicity and belief are never a reason or an
# indicator; contact with a religious representative appears only as the person's own right, on request.
# Measures are exceptional, proportionate, time-limited and reviewed.
#
# The person concerned is referred to neutrally so the texts fit anyone: "лице"/"lice" (neuter) in Serbian,
# Montenegrin and Macedonian (Macedonian narrates with the ungendered aorist), "osoba" in Bosnian, "personi" in
# Albanian and "the person" in English. The person's own words are in the present tense, avoiding the gendered
# Slavic past tense.
#
# Legal bases, in the same order in every language: special measures (used for separation and enhanced
# supervision), allocation, classification, and the general provision on limiting prisoners' rights, which also
# covers contact with the outside world and is therefore marked "contact".
#
# Pure data: no Django imports.

LEGAL_BASES = {
    "sq": [
        {"law": "Ligji për ekzekutimin e sanksioneve penale (demo)", "article": "Neni 87",
         "text": "Drejtori i institucionit mund të urdhërojë veçimin nga të dënuarit e tjerë, kufizimin e kontakteve ose mbikëqyrjen e shtuar vetëm kur sjellja e të dënuarit përbën rrezik serioz për sigurinë e të tjerëve ose të institucionit, për kohën më të shkurtër të nevojshme dhe me rishqyrtim të rregullt. I dënuari i veçuar ka çdo ditë kontakt njerëzor kuptimplotë dhe vizitohet çdo ditë nga personeli mjekësor.",
         "for": "separation"},
        {"law": "Ligji për ekzekutimin e sanksioneve penale (demo)", "article": "Neni 34",
         "text": "I dënuari vendoset në institucion dhe në seksion sipas dënimit, nevojave të sigurisë, programit individual të trajtimit dhe nevojës për ruajtjen e lidhjeve familjare. Arsyet e transferimit jepen me shkrim.",
         "for": "allocation"},
        {"law": "Rregullorja për klasifikimin e të dënuarve (demo)", "article": "Neni 9",
         "text": "Klasifikimi i sigurisë bazohet në sjelljen e të dënuarit gjatë vuajtjes së dënimit, në rrezikun e arratisjes dhe në rrezikun e dhunës, dhe rishqyrtohet të paktën çdo gjashtë muaj ose më herët kur ndryshojnë rrethanat.",
         "for": "classification"},
        {"law": "Ligji për ekzekutimin e sanksioneve penale (demo)", "article": "Neni 12",
         "text": "Të drejtat e të dënuarve mund të kufizohen vetëm në rastet e parashikuara me ligj, në masën e nevojshme për ruajtjen e rendit dhe të sigurisë, duke respektuar dinjitetin njerëzor dhe parimin e proporcionalitetit. Kontaktet me botën e jashtme, përfshirë vizitat, letrat dhe telefonatat, mund të kufizohen vetëm me të njëjtat kushte.",
         "for": "contact"},
    ],
    "sr": [
        {"law": "Закон о извршењу кривичних санкција (demo)", "article": "члан 87",
         "text": "Управник може одредити одвајање од других осуђених лица, ограничење контаката или појачани надзор само када понашање осуђеног лица представља озбиљан ризик за безбедност других или завода, на најкраће потребно време и уз редовно преиспитивање. Одвојено лице свакодневно има смислен људски контакт, а медицинско особље га обилази сваког дана.",
         "for": "separation"},
        {"law": "Закон о извршењу кривичних санкција (demo)", "article": "члан 34",
         "text": "Осуђено лице се распоређује у завод и одељење према дужини казне, безбедносним потребама, индивидуалном програму поступања и потреби очувања породичних веза. Разлози за премештај дају се у писаном облику.",
         "for": "allocation"},
        {"law": "Правилник о класификацији осуђених лица (demo)", "article": "члан 9",
         "text": "Безбедносна класификација заснива се на понашању осуђеног лица током издржавања казне, ризику од бекства и ризику од насиља, а преиспитује се најмање сваких шест месеци или раније ако се околности промене.",
         "for": "classification"},
        {"law": "Закон о извршењу кривичних санкција (demo)", "article": "члан 12",
         "text": "Права осуђених лица могу се ограничити само у случајевима предвиђеним законом, у мери неопходној за одржавање реда и безбедности и уз поштовање људског достојанства и начела сразмерности. Контакти са спољним светом, укључујући посете, писма и телефонске разговоре, могу се ограничити само под истим условима.",
         "for": "contact"},
    ],
    "bs": [
        {"law": "Zakon o izvršenju krivičnih sankcija (demo)", "article": "član 87.",
         "text": "Direktor zavoda može odrediti odvajanje od drugih osuđenih osoba, ograničenje kontakata ili pojačani nadzor samo kada ponašanje osuđene osobe predstavlja ozbiljan rizik za sigurnost drugih ili zavoda, na najkraće potrebno vrijeme i uz redovno preispitivanje. Odvojena osoba svakodnevno ima smislen ljudski kontakt, a medicinsko osoblje je obilazi svaki dan.",
         "for": "separation"},
        {"law": "Zakon o izvršenju krivičnih sankcija (demo)", "article": "član 34.",
         "text": "Osuđena osoba raspoređuje se u zavod i odjeljenje prema dužini kazne, sigurnosnim potrebama, individualnom programu postupanja i potrebi očuvanja porodičnih veza. Razlozi za premještaj daju se u pisanom obliku.",
         "for": "allocation"},
        {"law": "Pravilnik o klasifikaciji osuđenih osoba (demo)", "article": "član 9.",
         "text": "Sigurnosna klasifikacija zasniva se na ponašanju osuđene osobe tokom izdržavanja kazne, riziku od bjekstva i riziku od nasilja, a preispituje se najmanje svakih šest mjeseci ili ranije ako se okolnosti promijene.",
         "for": "classification"},
        {"law": "Zakon o izvršenju krivičnih sankcija (demo)", "article": "član 12.",
         "text": "Prava osuđenih osoba mogu se ograničiti samo u slučajevima propisanim zakonom, u mjeri neophodnoj za održavanje reda i sigurnosti i uz poštivanje ljudskog dostojanstva i načela srazmjernosti. Kontakti s vanjskim svijetom, uključujući posjete, pisma i telefonske razgovore, mogu se ograničiti samo pod istim uslovima.",
         "for": "contact"},
    ],
    "cnr": [
        {"law": "Zakon o izvršenju krivičnih sankcija (demo)", "article": "član 87",
         "text": "Upravnik zavoda može odrediti odvajanje od drugih osuđenih lica, ograničenje kontakata ili pojačan nadzor samo kad ponašanje osuđenog lica predstavlja ozbiljan rizik po bezbjednost drugih ili zavoda, na najkraće potrebno vrijeme i uz redovno preispitivanje. Odvojeno lice svakodnevno ima smislen ljudski kontakt, a medicinsko osoblje ga obilazi svakog dana.",
         "for": "separation"},
        {"law": "Zakon o izvršenju krivičnih sankcija (demo)", "article": "član 34",
         "text": "Osuđeno lice raspoređuje se u zavod i odjeljenje prema dužini kazne, bezbjednosnim potrebama, individualnom programu postupanja i potrebi očuvanja porodičnih veza. Razlozi za premještaj daju se u pisanom obliku.",
         "for": "allocation"},
        {"law": "Pravilnik o klasifikaciji osuđenih lica (demo)", "article": "član 9",
         "text": "Bezbjednosna klasifikacija zasniva se na ponašanju osuđenog lica tokom izdržavanja kazne, riziku od bjekstva i riziku od nasilja, a preispituje se najmanje svakih šest mjeseci ili ranije ako se okolnosti promijene.",
         "for": "classification"},
        {"law": "Zakon o izvršenju krivičnih sankcija (demo)", "article": "član 12",
         "text": "Prava osuđenih lica mogu se ograničiti samo u slučajevima propisanim zakonom, u mjeri neophodnoj za održavanje reda i bezbjednosti i uz poštovanje ljudskog dostojanstva i načela srazmjernosti. Kontakti sa spoljnim svijetom, uključujući posjete, pisma i telefonske razgovore, mogu se ograničiti samo pod istim uslovima.",
         "for": "contact"},
    ],
    "mk": [
        {"law": "Закон за извршување на кривичните санкции (demo)", "article": "член 87",
         "text": "Директорот на установата може да определи одвојување од другите осудени лица, ограничување на контактите или засилен надзор само кога однесувањето на осуденото лице претставува сериозен ризик за безбедноста на другите или на установата, за најкраткото потребно време и со редовно преиспитување. Одвоеното лице секојдневно има смислен човечки контакт, а медицинскиот персонал го посетува секој ден.",
         "for": "separation"},
        {"law": "Закон за извршување на кривичните санкции (demo)", "article": "член 34",
         "text": "Осуденото лице се распоредува во установа и одделение според казната, безбедносните потреби, индивидуалната програма за третман и потребата од одржување на семејните врски. Причините за преместувањето се даваат во писмена форма.",
         "for": "allocation"},
        {"law": "Правилник за класификација на осудените лица (demo)", "article": "член 9",
         "text": "Безбедносната класификација се заснова на однесувањето на осуденото лице за време на издржувањето на казната, ризикот од бегство и ризикот од насилство, и се преиспитува најмалку на секои шест месеци или порано ако се променат околностите.",
         "for": "classification"},
        {"law": "Закон за извршување на кривичните санкции (demo)", "article": "член 12",
         "text": "Правата на осудените лица можат да се ограничат само во случаи утврдени со закон, во мера неопходна за одржување на редот и безбедноста и со почитување на човековото достоинство и начелото на пропорционалност. Контактите со надворешниот свет, вклучувајќи посети, писма и телефонски разговори, можат да се ограничат само под истите услови.",
         "for": "contact"},
    ],
    "en": [
        {"law": "Law on the Execution of Criminal Sanctions (demo)", "article": "Art. 87",
         "text": "The governor may order separation from other prisoners, a restriction of contacts or enhanced supervision only where a prisoner's conduct poses a serious risk to the safety of others or of the establishment, for the shortest time necessary and with regular review. A separated prisoner has meaningful human contact every day and is visited daily by medical staff.",
         "for": "separation"},
        {"law": "Law on the Execution of Criminal Sanctions (demo)", "article": "Art. 34",
         "text": "A prisoner is allocated to an establishment and unit according to the sentence, security needs, the individual treatment programme and the need to maintain family ties. The reasons for a transfer are given in writing.",
         "for": "allocation"},
        {"law": "Rulebook on the Classification of Prisoners (demo)", "article": "Art. 9",
         "text": "Security classification is based on the prisoner's conduct in custody, the risk of escape and the risk of violence, and is reviewed at least every six months or earlier if circumstances change.",
         "for": "classification"},
        {"law": "Law on the Execution of Criminal Sanctions (demo)", "article": "Art. 12",
         "text": "Prisoners' rights may be limited only as provided by law, to the extent necessary to maintain order and security, and with respect for human dignity and the principle of proportionality. Contact with the outside world, including visits, letters and telephone calls, may be restricted only on the same conditions.",
         "for": "contact"},
    ],
}

TYPES = {
    "sq": {
        "separation": "Veçimi nga të dënuarit e tjerë",
        "contact": "Kufizimi i kontakteve",
        "supervision": "Mbikëqyrja e shtuar",
        "allocation": "Vendosja në institucion ose në seksion",
        "classification": "Klasifikimi i sigurisë",
        "lifting": "Heqja e masës",
    },
    "sr": {
        "separation": "Одвајање од других осуђених лица",
        "contact": "Ограничење контаката",
        "supervision": "Појачани надзор",
        "allocation": "Распоређивање у завод или одељење",
        "classification": "Безбедносна класификација",
        "lifting": "Укидање мере",
    },
    "bs": {
        "separation": "Odvajanje od drugih osuđenih osoba",
        "contact": "Ograničenje kontakata",
        "supervision": "Pojačani nadzor",
        "allocation": "Raspoređivanje u zavod ili odjeljenje",
        "classification": "Sigurnosna klasifikacija",
        "lifting": "Ukidanje mjere",
    },
    "cnr": {
        "separation": "Odvajanje od drugih osuđenih lica",
        "contact": "Ograničenje kontakata",
        "supervision": "Pojačan nadzor",
        "allocation": "Raspoređivanje u zavod ili odjeljenje",
        "classification": "Bezbjednosna klasifikacija",
        "lifting": "Ukidanje mjere",
    },
    "mk": {
        "separation": "Одвојување од другите осудени лица",
        "contact": "Ограничување на контактите",
        "supervision": "Засилен надзор",
        "allocation": "Распоредување во установа или одделение",
        "classification": "Безбедносна класификација",
        "lifting": "Укинување на мерка",
    },
    "en": {
        "separation": "Separation from other prisoners",
        "contact": "Restriction of contacts",
        "supervision": "Enhanced supervision",
        "allocation": "Allocation to an establishment or unit",
        "classification": "Security classification",
        "lifting": "Lifting of a measure",
    },
}

# Low, medium and high security, in that order.
CLASSIFICATIONS = {
    "sq": ["Siguri e ulët", "Siguri e mesme", "Siguri e lartë"],
    "sr": ["Низак степен безбедности", "Средњи степен безбедности", "Висок степен безбедности"],
    "bs": ["Nizak stepen sigurnosti", "Srednji stepen sigurnosti", "Visok stepen sigurnosti"],
    "cnr": ["Nizak stepen bezbjednosti", "Srednji stepen bezbjednosti", "Visok stepen bezbjednosti"],
    "mk": ["Низок степен на безбедност", "Среден степен на безбедност", "Висок степен на безбедност"],
    "en": ["Low security", "Medium security", "High security"],
}

# The texts below keep one entry per line even where a line runs long.

REASONS = {
    "sq": {
        "separation": [
            "Në ditën e incidentit personi goditi disa herë një të dënuar tjetër në punishte, duke i shkaktuar lëndime të regjistruara nga mjeku i institucionit, dhe më pas e kërcënoi sërish në prani të personelit.",
            "Gjatë trazirës në ditën e incidentit personi bllokoi derën e dhomës dhe dëmtoi inventarin, dhe më pas vazhdoi të refuzonte urdhrat e personelit dhe të kërcënonte të dënuarit me të cilët ndan dhomën.",
            "Që nga dita e incidentit personi është gjetur dy herë duke ushtruar presion mbi të dënuar të tjerë të seksionit që t'i jepnin sendet e blera në kantinë, dhe njëri prej tyre i ka kërkuar personelit mbrojtje.",
        ],
        "contact": [
            "Gjatë vizitës në ditën e incidentit një vizitor u përpoq t'i jepte personit një pako, në të cilën më pas u gjetën narkotikë, dhe personi pranoi se e kishte rregulluar dorëzimin me telefon.",
            "Në ditën e incidentit personi telefonoi nga telefoni i institucionit një dëshmitar në procesin penal që është në vazhdim dhe i drejtoi fjalë kërcënuese, siç tregojnë regjistri i thirrjeve dhe ankesa e dëshmitarit e përcjellë nga policia.",
            "Gjatë vizitës në ditën e incidentit personi i kërkoi vizitorit të gjente të dëmtuarin nga vepra dhe t'i përcillte një mesazh, gjë që zyrtari që mbikëqyrte vizitën e dëgjoi dhe e regjistroi, në kundërshtim me ndalimin e komunikimit me të dëmtuarin të vendosur nga gjykata.",
        ],
        "supervision": [
            "Gjatë kontrollit të dhomës në ditën e incidentit personeli gjeti një teh të improvizuar të fshehur në dyshekun e personit, dhe personi refuzoi të shpjegonte për çfarë i shërbente.",
            "Në ditën e incidentit në dhomën e personit u gjet një hekur dritareje i prerë pjesërisht, së bashku me shënime për oraret e patrullimit të personelit, çka tregon përgatitje për arratisje.",
            "Gjatë muajit të fundit personi ka kërcënuar në mënyrë të përsëritur zyrtarë të caktuar, për herë të fundit në ditën e incidentit, kur i tha një zyrtari se «nuk do të kthehet shëndoshë në shtëpi».",
        ],
        "allocation": [
            "Personi e ka përfunduar periudhën e pranimit pa asnjë shkelje disiplinore, punon rregullisht në kuzhinë dhe ka kërkuar të transferohet në seksionin gjysmë të hapur për të ndjekur kursin profesional që zhvillohet atje.",
            "Familja e personit jeton pranë institucionit në veri të rajonit dhe transferimi kërkohet që fëmijët ta vizitojnë rregullisht; sjellja e personit në gjashtë muajt e fundit ka qenë pa incidente.",
            "Pas konflikteve të përsëritura me të dënuar të tjerë në të njëjtin seksion, përfshirë përleshjen në ditën e incidentit, vendosja në një seksion tjetër është e nevojshme për të ulur rrezikun e dhunës së mëtejshme.",
        ],
        "classification": [
            "Personi nuk ka pasur asnjë masë disiplinore gjatë dymbëdhjetë muajve të fundit, është kthyer në kohë nga çdo leje jashtë institucionit dhe punon në punishte, çka mbështet riklasifikimin në një kategori më të ulët sigurie.",
            "Në ditën e incidentit te personi u gjetën një telefon celular dhe një sasi narkotikësh, dhe në tre muajt e fundit i janë dhënë dy masa disiplinore, çka justifikon një kategori më të lartë sigurie deri në rishqyrtimin e radhës.",
            "Në pranim, nga vendimi gjyqësor rezulton se vepra është kryer me armë zjarri dhe se personi është arratisur më parë nga paraburgimi, ndërsa ende nuk ka të dhëna për sjelljen gjatë vuajtjes së dënimit, çka mbështet vendosjen fillestare në sigurinë e mesme.",
        ],
    },
    "sr": {
        "separation": [
            "На дан инцидента лице је у радионици више пута ударило другог осуђеног и нанело му повреде које је евидентирао лекар завода, а затим му је поново претило у присуству особља.",
            "Током нереда на дан инцидента лице је блокирало врата собе и оштетило инвентар, а након тога је наставило да одбија налоге особља и да прети осуђенима с којима дели собу.",
            "Од дана инцидента лице је два пута затечено како врши притисак на друге осуђене из одељења да му предају ствари купљене у кантини, а један од њих је затражио заштиту од особља.",
        ],
        "contact": [
            "Током посете на дан инцидента посетилац је покушао да лицу преда пакет у коме је касније пронађена дрога, а лице је признало да је предају договорило телефоном.",
            "На дан инцидента лице је с телефона завода позвало сведока у кривичном поступку који је у току и упутило му претеће речи, што показују евиденција позива и притужба сведока коју је проследила полиција.",
            "Током посете на дан инцидента лице је затражило од посетиоца да потражи оштећеног и пренесе му поруку, што је службеник који надзире посету чуо и забележио, супротно забрани комуникације с оштећеним коју је изрекао суд.",
        ],
        "supervision": [
            "Приликом претреса собе на дан инцидента особље је у душеку лица пронашло сакривено импровизовано сечиво, а лице је одбило да објасни чему служи.",
            "На дан инцидента у соби лица пронађена је делимично пресечена решетка на прозору, заједно с белешкама о времену обилазака особља, што указује на припрему бекства.",
            "Током протеклог месеца лице је више пута претило одређеним службеницима, последњи пут на дан инцидента, када је једном службенику рекло да „неће стићи кући читав“.",
        ],
        "allocation": [
            "Лице је завршило пријемни период без дисциплинских преступа, редовно ради у кухињи и затражило је премештај у полуотворено одељење ради похађања стручног курса који се тамо одржава.",
            "Породица лица живи у близини завода на северу региона, а премештај се тражи како би деца могла редовно да долазе у посету; понашање лица у последњих шест месеци било је без инцидената.",
            "Након поновљених сукоба с другим осуђенима у истом одељењу, укључујући тучу на дан инцидента, потребан је смештај у друго одељење ради смањења ризика од даљег насиља.",
        ],
        "classification": [
            "Лице у последњих дванаест месеци није дисциплински кажњавано, са сваког одсуства из завода вратило се на време и ради у радионици, што подржава рекласификацију у нижи степен безбедности.",
            "На дан инцидента код лица су пронађени мобилни телефон и одређена количина дроге, а у последња три месеца изречене су му две дисциплинске мере, што оправдава виши степен безбедности до наредног преиспитивања.",
            "При пријему, из пресуде произлази да је кривично дело извршено ватреним оружјем и да је лице раније побегло из притвора, а података о понашању током издржавања казне још нема, што подржава почетно разврставање у средњи степен безбедности.",
        ],
    },
    "bs": {
        "separation": [
            "Na dan incidenta osoba je u radionici više puta udarila drugog osuđenog i nanijela mu povrede koje je evidentirao ljekar zavoda, a zatim mu je ponovo prijetila u prisustvu osoblja.",
            "Tokom nereda na dan incidenta osoba je blokirala vrata sobe i oštetila inventar, a nakon toga je nastavila odbijati naloge osoblja i prijetiti osuđenima s kojima dijeli sobu.",
            "Od dana incidenta osoba je dva puta zatečena kako vrši pritisak na druge osuđene iz odjeljenja da joj predaju stvari kupljene u kantini, a jedan od njih je zatražio zaštitu od osoblja.",
        ],
        "contact": [
            "Tokom posjete na dan incidenta posjetilac je pokušao osobi predati paket u kojem je kasnije pronađena droga, a osoba je priznala da je predaju dogovorila telefonom.",
            "Na dan incidenta osoba je s telefona zavoda nazvala svjedoka u krivičnom postupku koji je u toku i uputila mu prijeteće riječi, što pokazuju evidencija poziva i pritužba svjedoka koju je proslijedila policija.",
            "Tokom posjete na dan incidenta osoba je zatražila od posjetioca da potraži oštećenog i prenese mu poruku, što je službenik koji nadzire posjetu čuo i zabilježio, suprotno zabrani komunikacije s oštećenim koju je izrekao sud.",
        ],
        "supervision": [
            "Prilikom pretresa sobe na dan incidenta osoblje je u dušeku osobe pronašlo sakriveno improvizovano sječivo, a osoba je odbila objasniti čemu služi.",
            "Na dan incidenta u sobi osobe pronađena je djelimično prerezana rešetka na prozoru, zajedno s bilješkama o vremenu obilazaka osoblja, što ukazuje na pripremu bjekstva.",
            "Tokom proteklog mjeseca osoba je više puta prijetila određenim službenicima, posljednji put na dan incidenta, kada je jednom službeniku rekla da „neće stići kući čitav“.",
        ],
        "allocation": [
            "Osoba je završila prijemni period bez disciplinskih prekršaja, redovno radi u kuhinji i zatražila je premještaj u poluotvoreno odjeljenje radi pohađanja stručnog kursa koji se tamo održava.",
            "Porodica osobe živi u blizini zavoda na sjeveru regije, a premještaj se traži kako bi djeca mogla redovno dolaziti u posjetu; ponašanje osobe u posljednjih šest mjeseci bilo je bez incidenata.",
            "Nakon ponovljenih sukoba s drugim osuđenima u istom odjeljenju, uključujući tuču na dan incidenta, potreban je smještaj u drugo odjeljenje kako bi se smanjio rizik od daljnjeg nasilja.",
        ],
        "classification": [
            "Osoba u posljednjih dvanaest mjeseci nije disciplinski kažnjavana, sa svakog odsustva iz zavoda vratila se na vrijeme i radi u radionici, što podržava reklasifikaciju u niži stepen sigurnosti.",
            "Na dan incidenta kod osobe su pronađeni mobilni telefon i određena količina droge, a u posljednja tri mjeseca izrečene su joj dvije disciplinske mjere, što opravdava viši stepen sigurnosti do narednog preispitivanja.",
            "Pri prijemu, iz presude proizlazi da je krivično djelo izvršeno vatrenim oružjem i da je osoba ranije pobjegla iz pritvora, a podataka o ponašanju tokom izdržavanja kazne još nema, što podržava početno raspoređivanje u srednji stepen sigurnosti.",
        ],
    },
    "cnr": {
        "separation": [
            "Na dan incidenta lice je u radionici više puta udarilo drugog osuđenog i nanijelo mu povrede koje je evidentirao ljekar zavoda, a zatim mu je ponovo prijetilo u prisustvu osoblja.",
            "Tokom nereda na dan incidenta lice je blokiralo vrata sobe i oštetilo inventar, a nakon toga je nastavilo da odbija naloge osoblja i da prijeti osuđenima s kojima dijeli sobu.",
            "Od dana incidenta lice je dva puta zatečeno kako vrši pritisak na druge osuđene iz odjeljenja da mu predaju stvari kupljene u kantini, a jedan od njih je zatražio zaštitu od osoblja.",
        ],
        "contact": [
            "Tokom posjete na dan incidenta posjetilac je pokušao da licu preda paket u kojem je kasnije pronađena droga, a lice je priznalo da je predaju dogovorilo telefonom.",
            "Na dan incidenta lice je s telefona zavoda pozvalo svjedoka u krivičnom postupku koji je u toku i uputilo mu prijeteće riječi, što pokazuju evidencija poziva i pritužba svjedoka koju je proslijedila policija.",
            "Tokom posjete na dan incidenta lice je zatražilo od posjetioca da potraži oštećenog i prenese mu poruku, što je službenik koji nadzire posjetu čuo i zabilježio, suprotno zabrani komunikacije s oštećenim koju je izrekao sud.",
        ],
        "supervision": [
            "Prilikom pretresa sobe na dan incidenta osoblje je u dušeku lica pronašlo sakriveno improvizovano sječivo, a lice je odbilo da objasni čemu služi.",
            "Na dan incidenta u sobi lica pronađena je djelimično presječena rešetka na prozoru, zajedno s bilješkama o vremenu obilazaka osoblja, što ukazuje na pripremu bjekstva.",
            "Tokom proteklog mjeseca lice je više puta prijetilo određenim službenicima, posljednji put na dan incidenta, kad je jednom službeniku reklo da „neće stići kući čitav“.",
        ],
        "allocation": [
            "Lice je završilo prijemni period bez disciplinskih prestupa, redovno radi u kuhinji i zatražilo je premještaj u poluotvoreno odjeljenje radi pohađanja stručnog kursa koji se tamo održava.",
            "Porodica lica živi u blizini zavoda na sjeveru regiona, a premještaj se traži kako bi djeca mogla redovno da dolaze u posjetu; ponašanje lica u posljednjih šest mjeseci bilo je bez incidenata.",
            "Nakon ponovljenih sukoba s drugim osuđenima u istom odjeljenju, uključujući tuču na dan incidenta, potreban je smještaj u drugo odjeljenje radi smanjenja rizika od daljeg nasilja.",
        ],
        "classification": [
            "Lice u posljednjih dvanaest mjeseci nije disciplinski kažnjavano, sa svakog odsustva iz zavoda vratilo se na vrijeme i radi u radionici, što podržava reklasifikaciju u niži stepen bezbjednosti.",
            "Na dan incidenta kod lica su pronađeni mobilni telefon i određena količina droge, a u posljednja tri mjeseca izrečene su mu dvije disciplinske mjere, što opravdava viši stepen bezbjednosti do narednog preispitivanja.",
            "Pri prijemu, iz presude proizlazi da je krivično djelo izvršeno vatrenim oružjem i da je lice ranije pobjeglo iz pritvora, a podataka o ponašanju tokom izdržavanja kazne još nema, što podržava početno raspoređivanje u srednji stepen bezbjednosti.",
        ],
    },
    "mk": {
        "separation": [
            "На денот на инцидентот лицето повеќепати удри друг осуденик во работилницата и му нанесе повреди што ги евидентира лекарот на установата, а потоа повторно му се закани во присуство на персоналот.",
            "За време на немирите на денот на инцидентот лицето ја блокира вратата на собата и го оштети инвентарот, а потоа продолжи да ги одбива наредбите на персоналот и да им се заканува на осудениците со кои ја дели собата.",
            "Од денот на инцидентот лицето двапати е затекнато како врши притисок врз други осуденици од одделението да му ги предадат работите купени во кантината, а еден од нив побара заштита од персоналот.",
        ],
        "contact": [
            "За време на посетата на денот на инцидентот посетител се обиде да му предаде на лицето пакет во кој подоцна беше пронајдена дрога, а лицето призна дека предавањето го договорило по телефон.",
            "На денот на инцидентот лицето од телефонот на установата му се јави на сведок во кривичната постапка што е во тек и му упати заканувачки зборови, што го покажуваат евиденцијата на повиците и претставката на сведокот што ја проследи полицијата.",
            "За време на посетата на денот на инцидентот лицето побара од посетителот да го пронајде оштетениот и да му пренесе порака, што службеникот кој ја надгледува посетата го слушна и го забележа, спротивно на забраната за комуникација со оштетениот што ја изрече судот.",
        ],
        "supervision": [
            "При претресот на собата на денот на инцидентот персоналот во душекот на лицето пронајде скриено импровизирано сечило, а лицето одби да објасни за што служи.",
            "На денот на инцидентот во собата на лицето беше пронајдена делумно пресечена решетка на прозорецот, заедно со белешки за времето на обиколките на персоналот, што укажува на подготовка за бегство.",
            "Во изминатиот месец лицето повеќепати им се закануваше на одредени службеници, последен пат на денот на инцидентот, кога на еден службеник му рече дека „нема да стигне дома жив и здрав“.",
        ],
        "allocation": [
            "Лицето го заврши приемниот период без дисциплински престапи, редовно работи во кујната и побара преместување во полуотвореното одделение за да го посетува стручниот курс што се одржува таму.",
            "Семејството на лицето живее во близина на установата на северот од регионот, а преместувањето се бара за децата да можат редовно да доаѓаат во посета; однесувањето на лицето во последните шест месеци беше без инциденти.",
            "По повторените конфликти со други осуденици во истото одделение, вклучително и тепачката на денот на инцидентот, потребно е сместување во друго одделение за да се намали ризикот од натамошно насилство.",
        ],
        "classification": [
            "Лицето во последните дванаесет месеци не е дисциплински казнувано, од секое отсуство од установата се врати навреме и работи во работилницата, што ја поддржува прекласификацијата во понизок степен на безбедност.",
            "На денот на инцидентот кај лицето беа пронајдени мобилен телефон и одредена количина дрога, а во последните три месеци му беа изречени две дисциплински мерки, што оправдува повисок степен на безбедност до следното преиспитување.",
            "При приемот, од пресудата произлегува дека кривичното дело е сторено со огнено оружје и дека лицето порано избегало од притвор, а податоци за однесувањето за време на издржувањето на казната сè уште нема, што го поддржува почетното распоредување во среден степен на безбедност.",
        ],
    },
    "en": {
        "separation": [
            "On the date of the incident the person struck another prisoner several times in the workshop, causing injuries recorded by the prison doctor, and then threatened the same prisoner again in the presence of staff.",
            "During the disturbance on the date of the incident the person barricaded the cell door and damaged the fittings, and afterwards continued to refuse staff instructions and to threaten the prisoners sharing the cell.",
            "Since the date of the incident the person has twice been found pressuring other prisoners on the unit to hand over items bought at the canteen, and one of them has asked staff for protection.",
        ],
        "contact": [
            "During a visit on the date of the incident a visitor tried to pass the person a package later found to contain drugs, and the person admitted having arranged the hand-over by telephone.",
            "On the date of the incident the person used the establishment's telephone to call a witness in pending criminal proceedings and made threatening remarks, as shown by the call log and the witness's complaint forwarded by the police.",
            "During a visit on the date of the incident the person asked the visitor to seek out the victim of the offence and pass on a message, which the officer supervising the visit heard and recorded, contrary to the court's order prohibiting contact with the victim.",
        ],
        "supervision": [
            "During a cell search on the date of the incident staff found an improvised blade hidden in the person's mattress, and the person refused to explain what it was for.",
            "On the date of the incident a partly cut window bar was found in the person's cell together with notes on the times of staff rounds, which indicates preparation for an escape.",
            "Over the past month the person has repeatedly threatened named members of staff, most recently on the date of the incident, when the person told an officer that the officer \"would not get home in one piece\".",
        ],
        "allocation": [
            "The person has completed the reception period without disciplinary offences, works regularly in the kitchen and has asked to move to the semi-open unit to attend the vocational course held there.",
            "The person's family lives near the establishment in the north of the region and the transfer is requested so that the children can visit regularly; the person's conduct over the last six months has been free of incidents.",
            "After repeated conflicts with other prisoners on the same unit, including the fight on the date of the incident, placement on a different unit is needed to reduce the risk of further violence.",
        ],
        "classification": [
            "The person has had no disciplinary sanction in the last twelve months, has returned on time from every leave from the establishment and works in the workshop, which supports reclassification to a lower security level.",
            "On the date of the incident the person was found with a mobile phone and a quantity of drugs, and has received two disciplinary sanctions in the last three months, which justifies a higher security level until the next review.",
            "On admission, the judgment shows that the offence was committed with a firearm and that the person previously escaped from pre-trial detention, and there is as yet no information on conduct while serving the sentence, which supports initial placement at medium security.",
        ],
    },
}

PROPORTIONALITY = {
    "sq": [
        "Vendimi i përgjigjet vetëm rrezikut konkret të identifikuar, nuk zgjat më shumë se sa është e nevojshme dhe rishqyrtohet deri në datën e caktuar, ndërsa personi i ruan të gjitha të drejtat e tjera, përfshirë kujdesin mjekësor, qëndrimin e përditshëm në ajër të pastër dhe takimet me avokatin.",
        "Pa këtë vendim ekziston një rrezik real dhe i drejtpërdrejtë për sigurinë e të dënuarve të tjerë dhe të personelit, dhe kufizimet janë vetëm aq sa është rreptësisht e nevojshme për ta shmangur këtë rrezik.",
        "Është mundësia më pak kufizuese që trajton në mënyrë efektive sjelljen e dokumentuar, dhe përfundon në datën e caktuar, përveç nëse merret një vendim i ri i arsyetuar.",
    ],
    "sr": [
        "Одлука се односи само на утврђени конкретни ризик, не траје дуже него што је неопходно и преиспитује се до одређеног датума, док лице задржава сва друга права, укључујући здравствену заштиту, свакодневни боравак на свежем ваздуху и контакт с адвокатом.",
        "Без ове одлуке постоји стваран и непосредан ризик по безбедност других осуђених и особља, а ограничења су сведена на оно што је строго неопходно да се тај ризик отклони.",
        "Ово је најмање ограничавајућа могућност која делотворно одговара на документовано понашање и престаје одређеног датума, осим ако се донесе нова образложена одлука.",
    ],
    "bs": [
        "Odluka se odnosi samo na utvrđeni konkretni rizik, ne traje duže nego što je neophodno i preispituje se do određenog datuma, dok osoba zadržava sva druga prava, uključujući zdravstvenu zaštitu, svakodnevni boravak na svježem zraku i kontakt s advokatom.",
        "Bez ove odluke postoji stvaran i neposredan rizik po sigurnost drugih osuđenih i osoblja, a ograničenja su svedena na ono što je strogo neophodno da se taj rizik otkloni.",
        "Ovo je najmanje ograničavajuća mogućnost koja djelotvorno odgovara na dokumentovano ponašanje i prestaje određenog datuma, osim ako se donese nova obrazložena odluka.",
    ],
    "cnr": [
        "Odluka se odnosi samo na utvrđeni konkretni rizik, ne traje duže nego što je neophodno i preispituje se do određenog datuma, dok lice zadržava sva druga prava, uključujući zdravstvenu zaštitu, svakodnevni boravak na svježem vazduhu i kontakt s advokatom.",
        "Bez ove odluke postoji stvaran i neposredan rizik po bezbjednost drugih osuđenih i osoblja, a ograničenja su svedena na ono što je strogo neophodno da se taj rizik otkloni.",
        "Ovo je najmanje ograničavajuća mogućnost koja djelotvorno odgovara na dokumentovano ponašanje i prestaje određenog datuma, osim ako se donese nova obrazložena odluka.",
    ],
    "mk": [
        "Одлуката се однесува само на утврдениот конкретен ризик, не трае подолго од неопходното и се преиспитува до определениот датум, а лицето ги задржува сите други права, вклучувајќи здравствена заштита, секојдневен престој на свеж воздух и контакт со адвокат.",
        "Без оваа одлука постои реален и непосреден ризик за безбедноста на другите осуденици и на персоналот, а ограничувањата се сведени на она што е строго неопходно за да се отстрани тој ризик.",
        "Ова е најмалку рестриктивната можност која ефикасно одговара на документираното однесување и престанува на определениот датум, освен ако не се донесе нова образложена одлука.",
    ],
    "en": [
        "The decision addresses only the specific risk identified, lasts no longer than necessary and is reviewed by the set date, while the person keeps all other rights, including medical care, daily time in the open air and contact with a lawyer.",
        "Without this decision there is a real and immediate risk to the safety of other prisoners and staff, and the restrictions are limited to what is strictly necessary to remove that risk.",
        "This is the least restrictive option that effectively addresses the documented behaviour, and it ends on the set date unless a new reasoned decision is taken.",
    ],
}

ALTERNATIVES = {
    "sq": [
        "Paralajmërimi dhe biseda me menaxherin e rastit pas incidentit të parë nuk i ndalën kërcënimet, prandaj vetëm ato nuk mjaftojnë.",
        "U shqyrtua transferimi në një krah tjetër, por të dënuarit e përfshirë ndajnë punishten dhe oborrin, kështu që rreziku i kontaktit do të mbetej.",
        "U ofrua ndërmjetësimi midis të dënuarve të përfshirë, por personi refuzoi të merrte pjesë, prandaj për momentin ai nuk mund ta ulë rrezikun.",
    ],
    "sr": [
        "Упозорење и разговор с водитељем случаја после првог инцидента нису зауставили претње, па сами по себи нису довољни.",
        "Разматран је премештај у друго крило, али осуђени о којима је реч деле радионицу и двориште, па би ризик од контакта остао.",
        "Понуђено је посредовање између осуђених о којима је реч, али је лице одбило да учествује, па оно за сада не може да смањи ризик.",
    ],
    "bs": [
        "Upozorenje i razgovor s voditeljem slučaja nakon prvog incidenta nisu zaustavili prijetnje, pa sami po sebi nisu dovoljni.",
        "Razmatran je premještaj u drugo krilo, ali osuđeni o kojima je riječ dijele radionicu i dvorište, pa bi rizik od kontakta ostao.",
        "Ponuđeno je posredovanje između osuđenih o kojima je riječ, ali je osoba odbila učestvovati, pa ono za sada ne može smanjiti rizik.",
    ],
    "cnr": [
        "Upozorenje i razgovor s voditeljem slučaja poslije prvog incidenta nijesu zaustavili prijetnje, pa sami po sebi nijesu dovoljni.",
        "Razmatran je premještaj u drugo krilo, ali osuđeni o kojima je riječ dijele radionicu i dvorište, pa bi rizik od kontakta ostao.",
        "Ponuđeno je posredovanje između osuđenih o kojima je riječ, ali je lice odbilo da učestvuje, pa ono za sada ne može da smanji rizik.",
    ],
    "mk": [
        "Предупредувањето и разговорот со водителот на случајот по првиот инцидент не ги запреа заканите, па сами по себе не се доволни.",
        "Беше разгледано преместување во друго крило, но осудениците за кои станува збор ги делат работилницата и дворот, па ризикот од контакт би останал.",
        "Беше понудено посредување меѓу осудениците за кои станува збор, но лицето одби да учествува, па тоа засега не може да го намали ризикот.",
    ],
    "en": [
        "A warning and an interview with the case manager after the first incident did not stop the threats, so they are not sufficient on their own.",
        "A move to another wing was considered, but the prisoners involved share the workshop and the exercise yard, so the risk of contact would remain.",
        "Mediation between the prisoners involved was offered, but the person declined to take part, so for now it cannot reduce the risk.",
    ],
}

EVIDENCE = {
    "sq": {
        "incident": [
            "Raport incidenti për sulmin në punishte, me përshkrimin e zyrtarit të turnit.",
            "Raport për sendet e gjetura gjatë kontrollit të dhomës, me fotografi dhe procesverbalin e kontrollit.",
            "Raport për ngjarjen në sallën e vizitave dhe për pakon e sekuestruar nga vizitori.",
        ],
        "document": [
            "Dokumentacioni mjekësor për lëndimet e të dënuarit tjetër.",
            "Ekstrakt nga regjistri i thirrjeve telefonike për ditën e incidentit.",
            "Të dhënat disiplinore për dymbëdhjetë muajt e fundit.",
        ],
        "statement": [
            "Deklarata e zyrtarit që ndërhyri.",
            "Deklarata e të dënuarit që raportoi kërcënimet, e marrë pa praninë e të tjerëve.",
            "Procesverbali i dëgjimit të personit, i mbajtur në prani të menaxherit të rastit.",
        ],
    },
    "sr": {
        "incident": [
            "Извештај о нападу у радионици, с описом дежурног службеника.",
            "Извештај о предметима пронађеним приликом претреса собе, с фотографијама и записником о претресу.",
            "Извештај о догађају у просторији за посете и о пакету одузетом од посетиоца.",
        ],
        "document": [
            "Медицинска документација о повредама другог осуђеног.",
            "Извод из евиденције телефонских позива за дан инцидента.",
            "Дисциплинска евиденција за последњих дванаест месеци.",
        ],
        "statement": [
            "Изјава службеника који је интервенисао.",
            "Изјава осуђеног који је пријавио претње, узета насамо.",
            "Записник о саслушању лица, обављеном у присуству водитеља случаја.",
        ],
    },
    "bs": {
        "incident": [
            "Izvještaj o napadu u radionici, s opisom dežurnog službenika.",
            "Izvještaj o predmetima pronađenim prilikom pretresa sobe, s fotografijama i zapisnikom o pretresu.",
            "Izvještaj o događaju u prostoriji za posjete i o paketu oduzetom od posjetioca.",
        ],
        "document": [
            "Medicinska dokumentacija o povredama drugog osuđenog.",
            "Izvod iz evidencije telefonskih poziva za dan incidenta.",
            "Disciplinska evidencija za posljednjih dvanaest mjeseci.",
        ],
        "statement": [
            "Izjava službenika koji je intervenisao.",
            "Izjava osuđenog koji je prijavio prijetnje, uzeta nasamo.",
            "Zapisnik o saslušanju osobe, obavljenom u prisustvu voditelja slučaja.",
        ],
    },
    "cnr": {
        "incident": [
            "Izvještaj o napadu u radionici, s opisom dežurnog službenika.",
            "Izvještaj o predmetima pronađenim prilikom pretresa sobe, s fotografijama i zapisnikom o pretresu.",
            "Izvještaj o događaju u prostoriji za posjete i o paketu oduzetom od posjetioca.",
        ],
        "document": [
            "Medicinska dokumentacija o povredama drugog osuđenog.",
            "Izvod iz evidencije telefonskih poziva za dan incidenta.",
            "Disciplinska evidencija za posljednjih dvanaest mjeseci.",
        ],
        "statement": [
            "Izjava službenika koji je intervenisao.",
            "Izjava osuđenog koji je prijavio prijetnje, uzeta nasamo.",
            "Zapisnik o saslušanju lica, obavljenom u prisustvu voditelja slučaja.",
        ],
    },
    "mk": {
        "incident": [
            "Извештај за нападот во работилницата, со опис од дежурниот службеник.",
            "Извештај за предметите пронајдени при претресот на собата, со фотографии и записник од претресот.",
            "Извештај за настанот во просторијата за посети и за пакетот одземен од посетителот.",
        ],
        "document": [
            "Медицинска документација за повредите на другиот осуденик.",
            "Извод од евиденцијата на телефонските повици за денот на инцидентот.",
            "Дисциплинска евиденција за последните дванаесет месеци.",
        ],
        "statement": [
            "Изјава на службеникот што интервенираше.",
            "Изјава на осуденикот што ги пријави заканите, земена насамо.",
            "Записник од сослушувањето на лицето, спроведено во присуство на водителот на случајот.",
        ],
    },
    "en": {
        "incident": [
            "Incident report on the assault in the workshop, with the duty officer's account.",
            "Report on the items found during the cell search, with photographs and the search record.",
            "Report on the event in the visiting room and the package seized from the visitor.",
        ],
        "document": [
            "Medical record of the injuries to the other prisoner.",
            "Extract from the telephone call log for the date of the incident.",
            "Disciplinary record for the last twelve months.",
        ],
        "statement": [
            "Statement of the officer who intervened.",
            "Statement of the prisoner who reported the threats, taken in private.",
            "Record of the hearing of the person, held in the presence of the case manager.",
        ],
    },
}

# What the person said when heard, in the first person.
REPRESENTATIONS = {
    "sq": [
        "Nuk jam dakord me masën, sepse konflikti ka mbaruar dhe dua ta ruaj punën në punishte.",
        "E pranoj se ishte gabim, por kërkoj që familja të vazhdojë të më vizitojë si më parë.",
        "Dua që avokati im të jetë i pranishëm dhe deri atëherë nuk dua të them asgjë më shumë.",
    ],
    "sr": [
        "Не слажем се с мером, јер је сукоб завршен и желим да задржим посао у радионици.",
        "Признајем да је то била грешка, али молим да ми породица и даље долази у посету као раније.",
        "Желим да мој адвокат буде присутан и до тада не желим ништа више да кажем.",
    ],
    "bs": [
        "Ne slažem se s mjerom, jer je sukob završen i želim zadržati posao u radionici.",
        "Priznajem da je to bila greška, ali molim da mi porodica i dalje dolazi u posjetu kao ranije.",
        "Želim da moj advokat bude prisutan i do tada ne želim ništa više reći.",
    ],
    "cnr": [
        "Ne slažem se s mjerom, jer je sukob završen i želim da zadržim posao u radionici.",
        "Priznajem da je to bila greška, ali molim da mi porodica i dalje dolazi u posjetu kao ranije.",
        "Želim da moj advokat bude prisutan i do tada ne želim ništa više da kažem.",
    ],
    "mk": [
        "Не се согласувам со мерката, бидејќи конфликтот заврши и сакам да ја задржам работата во работилницата.",
        "Признавам дека тоа беше грешка, но барам семејството и понатаму да ме посетува како порано.",
        "Сакам мојот адвокат да биде присутен и дотогаш не сакам ништо повеќе да кажам.",
    ],
    "en": [
        "I do not agree with the measure, because the conflict is over and I want to keep my job in the workshop.",
        "I accept that it was a mistake, but I ask that my family be allowed to keep visiting me as before.",
        "I want my lawyer to be present, and until then I do not wish to say anything more.",
    ],
}

# Meaningful human contact during separation: psychologist, case manager, religious representative (only at the
# person's request), family visit, educator.
CONTACT_WITH = {
    "sq": ["psikologu", "menaxheri i rastit", "kleriku ose përfaqësuesi fetar (me kërkesë)", "vizita e familjes", "edukatori"],
    "sr": ["психолог", "водитељ случаја", "духовник или представник верске заједнице (на захтев)", "посета породице", "васпитач"],
    "bs": ["psiholog", "voditelj slučaja", "duhovnik ili predstavnik vjerske zajednice (na zahtjev)", "posjeta porodice", "odgajatelj"],
    "cnr": ["psiholog", "voditelj slučaja", "duhovnik ili predstavnik vjerske zajednice (na zahtjev)", "posjeta porodice", "vaspitač"],
    "mk": ["психолог", "водител на случајот", "духовник или претставник на верска заедница (на барање)", "посета од семејството", "воспитувач"],
    "en": ["psychologist", "case manager", "chaplain or religious representative (on request)", "family visit", "educator"],
}

MEDICAL_BY = {
    "sq": ["mjeku i institucionit", "infermieri/ja"],
    "sr": ["лекар завода", "медицинска сестра/техничар"],
    "bs": ["ljekar zavoda", "medicinska sestra/tehničar"],
    "cnr": ["ljekar zavoda", "medicinska sestra/tehničar"],
    "mk": ["лекар во установата", "медицинска сестра/техничар"],
    "en": ["prison doctor", "nurse"],
}

APPEAL_BODY = {
    "sq": "gjyqtari për ekzekutimin e sanksioneve penale pranë gjykatës kompetente (demo)",
    "sr": "судија за извршење кривичних санкција надлежног суда (demo)",
    "bs": "sudija za izvršenje krivičnih sankcija nadležnog suda (demo)",
    "cnr": "sudija za izvršenje krivičnih sankcija nadležnog suda (demo)",
    "mk": "судијата за извршување на санкциите при надлежниот суд (demo)",
    "en": "the judge for the execution of sanctions of the competent court (demo)",
}

REVIEW_REASONS = {
    "sq": {
        "continue": [
            "Në rishqyrtim personi ende refuzon të tërhiqet nga kërcënimet ndaj të dënuarit tjetër dhe arsyet e masës vazhdojnë të ekzistojnë; masa vazhdon deri në rishqyrtimin e radhës, brenda afatit maksimal ligjor.",
            "Verifikimi i incidentit nuk ka përfunduar ende dhe pas vendimit u gjet edhe një shënim kërcënues; masa vazhdon për periudhën më të shkurtër të nevojshme, duke ruajtur kontaktin e përditshëm njerëzor.",
        ],
        "end": [
            "Që nga vendimi personi i është përmbajtur sjelljes së dakorduar, i dënuari tjetër është transferuar në një institucion tjetër dhe arsyet e masës nuk ekzistojnë më.",
            "Psikologu dhe menaxheri i rastit raportojnë se personi merr pjesë rregullisht në seancat për zgjidhjen e konflikteve dhe nuk ka pasur incidente të tjera, prandaj masa hiqet para datës së përfundimit.",
        ],
    },
    "sr": {
        "continue": [
            "Приликом преиспитивања лице и даље одбија да повуче претње упућене другом осуђеном и разлози за меру и даље постоје; мера се наставља до наредног преиспитивања, у оквиру законског максимума.",
            "Провера инцидента још није окончана, а после доношења одлуке пронађена је још једна претећа порука; мера се наставља на најкраће потребно време, уз очуван свакодневни људски контакт.",
        ],
        "end": [
            "Од доношења одлуке лице се придржава договореног понашања, други осуђени је премештен у други завод и разлози за меру више не постоје.",
            "Психолог и водитељ случаја извештавају да лице редовно учествује у радионицама за решавање сукоба и да нових инцидената није било, па се мера укида пре истека рока.",
        ],
    },
    "bs": {
        "continue": [
            "Prilikom preispitivanja osoba i dalje odbija povući prijetnje upućene drugom osuđenom i razlozi za mjeru i dalje postoje; mjera se nastavlja do narednog preispitivanja, u okviru zakonskog maksimuma.",
            "Provjera incidenta još nije okončana, a nakon donošenja odluke pronađena je još jedna prijeteća poruka; mjera se nastavlja na najkraće potrebno vrijeme, uz očuvan svakodnevni ljudski kontakt.",
        ],
        "end": [
            "Od donošenja odluke osoba se pridržava dogovorenog ponašanja, drugi osuđeni je premješten u drugi zavod i razlozi za mjeru više ne postoje.",
            "Psiholog i voditelj slučaja izvještavaju da osoba redovno učestvuje u radionicama za rješavanje sukoba i da novih incidenata nije bilo, pa se mjera ukida prije isteka roka.",
        ],
    },
    "cnr": {
        "continue": [
            "Prilikom preispitivanja lice i dalje odbija da povuče prijetnje upućene drugom osuđenom i razlozi za mjeru i dalje postoje; mjera se nastavlja do narednog preispitivanja, u okviru zakonskog maksimuma.",
            "Provjera incidenta još nije okončana, a poslije donošenja odluke pronađena je još jedna prijeteća poruka; mjera se nastavlja na najkraće potrebno vrijeme, uz očuvan svakodnevni ljudski kontakt.",
        ],
        "end": [
            "Od donošenja odluke lice se pridržava dogovorenog ponašanja, drugi osuđeni je premješten u drugi zavod i razlozi za mjeru više ne postoje.",
            "Psiholog i voditelj slučaja izvještavaju da lice redovno učestvuje u radionicama za rješavanje sukoba i da novih incidenata nije bilo, pa se mjera ukida prije isteka roka.",
        ],
    },
    "mk": {
        "continue": [
            "При преиспитувањето лицето и понатаму одбива да ги повлече заканите упатени кон другиот осуденик и причините за мерката сè уште постојат; мерката продолжува до следното преиспитување, во рамките на законскиот максимум.",
            "Проверката на инцидентот сè уште не е завршена, а по донесувањето на одлуката беше пронајдена уште една заканувачка порака; мерката продолжува за најкраткото потребно време, со зачуван секојдневен човечки контакт.",
        ],
        "end": [
            "Од донесувањето на одлуката лицето се придржува до договореното однесување, другиот осуденик е преместен во друга установа и причините за мерката повеќе не постојат.",
            "Психологот и водителот на случајот известуваат дека лицето редовно учествува во работилниците за решавање конфликти и дека немало нови инциденти, па мерката се укинува пред истекот на рокот.",
        ],
    },
    "en": {
        "continue": [
            "At the review the person still refuses to withdraw the threats made against the other prisoner and the grounds for the measure remain; it continues until the next review, within the statutory maximum.",
            "The inquiry into the incident is not yet complete and another threatening note was found after the decision; the measure continues for the shortest time needed, with daily human contact maintained.",
        ],
        "end": [
            "Since the decision the person has kept to the agreed conduct, the other prisoner has been transferred to another establishment and the grounds for the measure no longer exist.",
            "The psychologist and the case manager report that the person takes part regularly in conflict-resolution sessions and there have been no further incidents, so the measure is lifted before its end date.",
        ],
    },
}

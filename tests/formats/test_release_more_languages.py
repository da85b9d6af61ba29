"""Polish, Finnish, Czech, Turkish, Catalan, Ukrainian, Romanian, Hungarian, Greek, Slovak,
Slovenian, Croatian and Bulgarian releases are read in their own language (not as a
neighbour's), their dates, lead-ins, capitals and national numbers read. People, numbers and
places are invented."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.dates import find_dates
from desktop.formats.releases.language import detect_language
from desktop.formats.releases.lexicon import CONTACT_HEADING, fold_keep_length
from desktop.formats.releases.places import city_country

_TEXTS = {
    "pl": "Miasto poinformowało, że nowa linia tramwajowa zostanie otwarta w grudniu. Jest to "
          "również odpowiedź na potrzeby pasażerów, którzy codziennie dojeżdżają do pracy.",
    "cs": "Město oznámilo, že nová tramvajová linka bude otevřena v prosinci. Je to také odpověď "
          "na potřeby cestujících, kteří denně dojíždějí do práce.",
    "fi": "Kaupunki kertoo, että uusi raitiotie avataan joulukuussa. Se on myös vastaus "
          "matkustajien toiveisiin, jotka ovat kulkeneet töihin bussilla.",
    "tr": "Belediye, yeni tramvay hattının aralık ayında açılacağını duyurdu. Bu hat, her gün işe "
          "giden yolcular için çok önemli olarak görülüyor.",
    "ca": "L'Ajuntament ha anunciat que la nova línia de tramvia s'obrirà al desembre. També és "
          "una resposta a les necessitats dels passatgers, que cada dia van a treballar amb "
          "autobús i ara tindran més opcions.",
    "uk": "Міська рада повідомила, що нова трамвайна лінія відкриється у грудні. Це також "
          "відповідь на потреби пасажирів, які щодня їздять на роботу.",
    "ro": "Primăria a anunțat că noua linie de tramvai va fi deschisă în decembrie. Aceasta este "
          "și un răspuns la nevoile călătorilor care merg zilnic la serviciu.",
    "hu": "A város bejelentette, hogy az új villamosvonal decemberben nyílik meg. Ez a válasz az "
          "utasok igényeire, akik minden nap a belvárosba járnak dolgozni.",
    "sk": "Mesto oznámilo, že nová električková linka bude otvorená v decembri. Je to aj odpoveď "
          "na potreby cestujúcich, ktorí denne dochádzajú do práce.",
    "sl": "Mesto je sporočilo, da bo nova tramvajska proga odprta decembra. To je tudi odgovor na "
          "potrebe potnikov, ki se vsak dan vozijo na delo, in bo pomagala tudi mestu.",
    "hr": "Grad je objavio da će nova tramvajska linija biti otvorena u prosincu. To je i odgovor "
          "na potrebe putnika koji svakodnevno putuju na posao.",
    "bg": "Общината съобщи, че новата трамвайна линия ще бъде открита през декември. Това е и "
          "отговор на нуждите на пътниците, които всеки ден пътуват до работа.",
    "el": "Ο δήμος ανακοίνωσε ότι η νέα γραμμή του τραμ θα ανοίξει τον Δεκέμβριο. Είναι επίσης "
          "απάντηση στις ανάγκες των επιβατών.",
}
_NEIGHBOURS = {
    "es": "El Ayuntamiento ha anunciado que la nueva línea de tranvía se abrirá en diciembre. Es "
          "también una respuesta a las necesidades de los pasajeros, que cada día van al trabajo.",
    "fr": "La mairie a annoncé que la nouvelle ligne de tramway sera ouverte en décembre. C'est "
          "aussi une réponse aux besoins des passagers qui vont au travail chaque jour.",
    "it": "Il Comune ha annunciato che la nuova linea del tram sarà aperta a dicembre. È anche "
          "una risposta alle esigenze dei passeggeri che ogni giorno vanno al lavoro.",
    "pt": "A prefeitura anunciou que a nova linha de bonde será aberta em dezembro. É também uma "
          "resposta às necessidades dos passageiros que vão ao trabalho todos os dias.",
    "ru": "Мэрия сообщила, что новая трамвайная линия откроется в декабре. Это также ответ на "
          "потребности пассажиров, которые каждый день ездят на работу.",
}


@pytest.mark.parametrize("language", sorted(_TEXTS))
def test_new_language_is_not_read_as_a_neighbour(language: str) -> None:
    assert detect_language(_TEXTS[language]) == language


@pytest.mark.parametrize("language", sorted(_NEIGHBOURS))
def test_neighbours_keep_their_language(language: str) -> None:
    assert detect_language(_NEIGHBOURS[language]) == language


@pytest.mark.parametrize(("written", "day"), [
    ("Praha, 15. listopadu 2024", date(2024, 11, 15)),
    ("Praha, 15. 11. 2024", date(2024, 11, 15)),
    ("Warszawa, 15 listopada 2024 r.", date(2024, 11, 15)),
    ("Helsinki, 15.11.2024", date(2024, 11, 15)),
    ("15. marraskuuta 2024", date(2024, 11, 15)),
    ("Ankara, 15 Kasım 2024", date(2024, 11, 15)),
    ("ANKARA, 15 KASIM 2024", date(2024, 11, 15)),
    ("Girona, 15 de novembre de 2024", date(2024, 11, 15)),
    ("3 d'abril de 2025", date(2025, 4, 3)),
    ("Київ, 15 листопада 2024 року", date(2024, 11, 15)),
    ("Cluj-Napoca, 15 noiembrie 2024", date(2024, 11, 15)),
    ("Budapest, 2024. november 15.", date(2024, 11, 15)),
    ("Budapest, 2024.11.15.", date(2024, 11, 15)),
    ("Αθήνα, 15 Νοεμβρίου 2024", date(2024, 11, 15)),
    ("Bratislava, 15. novembra 2024", date(2024, 11, 15)),
    ("Ljubljana, 15. novembra 2024", date(2024, 11, 15)),
    ("Zagreb, 15. studenoga 2024.", date(2024, 11, 15)),
    ("София, 15 ноември 2024 г.", date(2024, 11, 15)),
])
def test_dates_are_read_as_each_language_writes_them(written: str, day: date) -> None:
    assert [found for _, found in find_dates(written)] == [day]


def test_month_abbreviations_that_are_words_elsewhere_date_nothing() -> None:
    assert find_dates("Nejlepších 10 pro 2024") == []


@pytest.mark.parametrize("heading", [
    "Kontakt dla mediów:", "Więcej informacji udziela:", "Lisätietoja antaa", "Lisätietoja:",
    "Kontakt pro média:", "Další informace poskytne", "Basın İletişimi:", "Bilgi için:",
    "Contacte de premsa:", "Per a més informació, podeu contactar amb", "Контакти для ЗМІ:",
    "Контактна особа:", "Persoană de contact:",
    "Pentru mai multe informații, vă rugăm să contactați:", "Sajtókapcsolat:",
    "További információ:", "Επικοινωνία με τα ΜΜΕ:", "Lisätietoa:", "Yhteyshenkilöt:",
    "Sajtóinformáció:", "Elérhetőség:", "Date de contact:", "Basın İrtibat:", "Контакти:",
    "Contacte:", "Kontakt pro tisk:",
    "Για περισσότερες πληροφορίες:",
])
def test_lead_ins_open_a_contact_block(heading: str) -> None:
    assert CONTACT_HEADING.match(fold_keep_length(heading)), heading


@pytest.mark.parametrize(("city", "country"), [
    ("Warszawa", "PL"), ("Kraków", "PL"), ("Helsinki", "FI"), ("Tampere", "FI"), ("Praha", "CZ"),
    ("İstanbul", "TR"), ("İzmir", "TR"), ("Girona", "ES"), ("Київ", "UA"), ("у Києві", "UA"),
    ("București", "RO"), ("Cluj-Napoca", "RO"), ("Budapest", "HU"), ("Debrecen", "HU"),
    ("Αθήνα", "GR"), ("Λευκωσία", "CY"), ("Bratislava", "SK"), ("Košice", "SK"),
    ("Ljubljana", "SI"), ("Maribor", "SI"), ("Zagreb", "HR"), ("Rijeka", "HR"),
    ("Пловдив", "BG"),
])
def test_capitals_and_big_cities_in_their_own_spelling_give_the_country(
        city: str, country: str) -> None:
    assert city_country(city) == country


@pytest.mark.parametrize(("text", "language", "country", "number"), [
    ("Nowy oddział szpitala\n\n" + _TEXTS["pl"] + "\n\nWięcej informacji udziela Piotr Nowak, "
     "rzecznik prasowy, tel. 601 234 567, piotr.nowak@example.pl\n", "pl", "PL", "+48601234567"),
    ("Uusi raitiotie\n\n" + _TEXTS["fi"] + "\n\nLisätietoja:\nLaura Virtanen, tiedottaja\n"
     "puh. 040 123 4567\n", "fi", "FI", "+358401234567"),
    ("Nová linka\n\n" + _TEXTS["cs"] + "\n\nKontakt pro média:\nJana Nováková, tisková mluvčí\n"
     "tel.: 603 123 456\n", "cs", "CZ", "+420603123456"),
    ("Yeni tramvay hattı\n\n" + _TEXTS["tr"] + "\n\nBasın İletişimi:\nAyşe Kaya, Basın Müşaviri\n"
     "Cep: 0532 123 45 67\n", "tr", "TR", "+905321234567"),
    ("Nova línia\n\n" + _TEXTS["ca"] + "\n\nContacte de premsa:\nMarta Puig, cap de premsa\n"
     "Tel. 629 123 456\n", "ca", "ES", "+34629123456"),
    ("Нова лінія\n\n" + _TEXTS["uk"] + "\n\nКонтакти для ЗМІ:\nОксана Коваленко, речниця\n"
     "моб. 067 123 4567\n", "uk", "UA", "+380671234567"),
    ("Linie nouă\n\n" + _TEXTS["ro"] + "\n\nPersoană de contact:\nIoana Popescu, purtător de "
     "cuvânt\nMobil: 0721 234 567\n", "ro", "RO", "+40721234567"),
    ("Új villamosvonal\n\n" + _TEXTS["hu"] + "\n\nSajtókapcsolat:\nKovács Anna, szóvivő\n"
     "Mobil: 06 30 123 4567\n", "hu", "HU", "+36301234567"),
    ("Νέα γραμμή\n\n" + _TEXTS["el"] + "\n\nΕπικοινωνία με τα ΜΜΕ:\nΜαρία Παπαδοπούλου, "
     "εκπρόσωπος τύπου\nΤηλ.: 694 123 4567\n", "el", "GR", "+306941234567"),
    ("Nová linka\n\n" + _TEXTS["sk"] + "\n\nKontakt pre médiá:\nZuzana Horváthová, hovorkyňa\n"
     "tel.: 0903 123 456\n", "sk", "SK", "+421903123456"),
    ("Nova proga\n\n" + _TEXTS["sl"] + "\n\nKontakt za medije:\nMaja Novak, tiskovna "
     "predstavnica\ntel.: 041 123 456\n", "sl", "SI", "+38641123456"),
    ("Nova linija\n\n" + _TEXTS["hr"] + "\n\nKontakt za medije:\nIvana Horvat, glasnogovornica\n"
     "mob. 091 234 5678\n", "hr", "HR", "+385912345678"),
    ("Нова линия\n\n" + _TEXTS["bg"] + "\n\nКонтакти за медиите:\nМария Иванова, говорител\n"
     "моб. 0888 123 456\n", "bg", "BG", "+359888123456"),
])
def test_release_reads_its_contact_s_national_number_in_its_home_country(
        text: str, language: str, country: str, number: str) -> None:
    release = parse_release_text(text, "t.txt")
    assert release.language == language
    [person] = release.media_contacts
    assert person.country == country
    assert [phone.e164 for phone in person.phones] == [number]


def test_russian_page_naming_a_ukrainian_place_stays_russian() -> None:
    assert detect_language(_NEIGHBOURS["ru"] + " Центр открыт в Києві и Львові.") == "ru"


def test_russian_words_with_a_hard_sign_do_not_make_a_page_bulgarian() -> None:
    assert detect_language(_NEIGHBOURS["ru"] + " Объявление об объекте в подъезде.") == "ru"


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Nova línia\n\n" + _TEXTS["ca"] + "\n\nPer a més informació podeu contactar amb la Sra. "
     "Laia Font, portaveu, al telèfon 687 123 456.\n", "Laia Font", "portaveu"),
    ("Νέα γραμμή\n\n" + _TEXTS["el"] + "\n\nΓια περισσότερες πληροφορίες, επικοινωνήστε με την "
     "Άννα Χριστοδούλου, εκπρόσωπο τύπου, στο 694 123 4567.\n", "Άννα Χριστοδούλου",
     "εκπρόσωπο τύπου"),
    ("Nová linka\n\n" + _TEXTS["cs"] + "\n\nBližší informace poskytne Eva Černá, tisková mluvčí, "
     "tel. 739 123 456.\n", "Eva Černá", "tisková mluvčí"),
    ("Uusi raitiotie\n\n" + _TEXTS["fi"] + "\n\nLisätietoja antaa hallitusneuvos Liisa Laine, "
     "puh. 0295 160 111\n", "Liisa Laine", "hallitusneuvos"),
])
def test_sentence_sending_the_press_to_someone_names_them_without_article_or_title(
        text: str, name: str, title: str) -> None:
    [person] = parse_release_text(text, "t.txt").media_contacts
    assert (person.name, person.title) == (name, title)

"""Norwegian (Bokmål) and Danish share most function words; the words each writes its own way
("å", "mot", "noe", "meg", "tilbake" against "mod", "noget", "mig", "tilbage") decide, and "kl."
before an hour, which both (and Swedish) write, decides nothing. Text invented."""

from __future__ import annotations

from desktop.formats.releases.language import detect_language

_NORWEGIAN = (
    "Vi har ikke pressekonferanse i morgen, men kjører neste på søndag kl. 15:30. Fra mandag "
    "fortsetter vi med daglige pressekonferanser kl. 10:00, og det er fritt for media å "
    "videreformidle dem. Ordføreren svarer på spørsmål, og vi kommer tilbake med mer "
    "informasjon når vi vet noe nytt. Kontakt oss gjerne om dere har spørsmål."
)
_DANISH = (
    "Vi holder ikke pressemøde i morgen, men næste gang på søndag kl. 15.30. Fra mandag "
    "fortsætter vi med daglige pressemøder kl. 10.00, og medierne må gerne bringe dem videre. "
    "Borgmesteren svarer på spørgsmål, og vi vender tilbage med mere information, når vi ved "
    "noget nyt. Kontakt os gerne, hvis I har spørgsmål til os."
)


def test_a_bokmal_page_with_hours_is_norwegian() -> None:
    assert detect_language(_NORWEGIAN) == "no"


def test_a_danish_page_with_hours_is_danish() -> None:
    assert detect_language(_DANISH) == "da"

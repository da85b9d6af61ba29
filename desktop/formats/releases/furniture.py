"""The page's own lines around a release, in the release languages: tool links, pagers,
viewers' page counters, photo credits and tags. A scrape keeps them next to the headline; none
of them is ever a headline."""

from __future__ import annotations

import re

from desktop.domain.text import fold

_CLOSED = re.compile(r"[.!?…»”\")]\s*$")
_PAGER = re.compile(r"^(?:[^\W\d_]+\s+){0,2}\d+\s*(?:[-–—]|[^\W\d_]{1,3})\s*\d+\s+"
                    r"[^\W\d_]{1,4}\s+\d[\d,.]*\s*$")


# A photo's credit, in the release languages: "Photo: …", "Crédit photo : …", "Foto: …".
_CREDIT = re.compile(
    r"^\s*(?:[^\W\d_]+\s+){0,2}(?:photos?|fotos?|credits?|bild(?:er)?|kuva|imag(?:e|en|em)|"
    r"immagine|zdjecie|snimka|фото)(?:\s+[^\W\d_]+){0,2}\s*[:：]\s*\S"
)
# A document viewer's page counter ("Sie sind auf Seite 1von 2", "Vous êtes sur la page 1sur
# 2") and a media page's counts ("620 views 0 likes"), in the release languages.
_PAGE_FURNITURE = re.compile(
    r"\b(?:seite|page|pagina|strona|sida|side|stran[ae]?)\s*\d+\s*(?:von|sur|of|de|di|z|av|af|"
    r"van|/)\s*\d+\s*$|\b\d+\s*(?:views?|likes?|aufrufe|vues|visitas|visualizzazioni)\b"
)
_TAG_LABEL = re.compile(r"^\s*[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+)?\s*[:：]\s*(?=\S)")


def _tag_line(text: str) -> bool:
    """"Categories: Environment, Parks", "Schlagwörter: Umwelt, Bäume, Fluss": a label over a
    list of short tags (two or more, comma-separated, three words at most each, no verb
    clause), the page's tags in any language, never a headline."""
    label = _TAG_LABEL.match(text)
    if label is None:
        return False
    tags = [tag.strip() for tag in text[label.end():].split(",")]
    return len(tags) >= 2 and all(
        tag and len(tag.split()) <= 3 and not _CLOSED.search(tag) for tag in tags
    ) and sum(tag[:1].isupper() for tag in tags) >= len(tags) / 2


# A page's tool link, in the release languages: a verb and at most "this page" after it.
_TOOL_LINK = re.compile(
    r"^\s*(?:print|share|e-?mail|listen(?:\s+to)?|download|imprimer|partager|ecouter|drucken|"
    r"teilen|anhoren|vorlesen|imprimir|compartir|escuchar|ouvir|stampa|condividi|ascolta|"
    r"afdrukken|delen|printen|skriv\s+ut|dela|lyssna|udskriv|del|print\s+ut|tulosta|jaa|"
    r"vytisknout|sdilet|drukuj|udostepnij)\s+(?:this|the|cette|la|le|cet|diese[ns]?|den|die|"
    r"das|esta|este|esa|questa|questo|deze|dit|denna|denne|detta|dette|tama|tuto|te)?\s*"
    r"(?:page|article|story|news|release|seite|artikel|meldung|pagina|articulo|noticia|artigo|"
    r"sida|sidan|siden|side|artikeln|sivu|sivun|stranku|strone|artykul)\s*$"
    r"|^\s*(?:open|close|toggle|show|hide)\s+(?:the\s+)?(?:accessibility\s+|main\s+)?"
    r"(?:menu|navigation|search|tools)\s*$"
    r"|^\s*(?:diese[ns]?\s+|den\s+)?(?:seite|artikel|meldung|pagina|siden|sidan)\s+"
    r"(?:drucken|teilen|vorlesen|versenden|afdrukken|delen|printen|dela|dele)\s*$"
)


def pager_line(line: str) -> bool:
    """"Viewing 1 - 20 of 533", "Résultats 1 à 10 sur 45": the pager of a list of items."""
    return _PAGER.match(line.strip()) is not None


def page_furniture(text: str) -> bool:
    """Whether ``text`` is one of the page's own lines around the story, never its headline:
    a tool link or tool bar, a list's pager, a viewer's page counter or view counts, a one-word
    label and its value, a photo credit, a line of tags."""
    folded = fold(text)
    words = text.split()
    return bool(
        _TOOL_LINK.match(folded)  # "Print this page", "Seite drucken", "Partager cet article"
        # "Text size A A A", "A- A A+": a page's tool bar
        or sum(re.fullmatch(r"[^\W\d_][+-]?", word) is not None for word in words) * 2
        >= len(words)
        or pager_line(text)  # "Viewing 1 - 20 of 533", "Résultats 1 à 10 sur 45"
        or _PAGE_FURNITURE.search(folded)  # "Sie sind auf Seite 1von 2", "620 views 0 likes"
        # "Tyyppi:Tiedote 677", "Kategorie: Politik": a one-word label and its value
        or re.match(r"^[^\W\d_][\w-]*\s*[:：]\s*\S+(?:\s+\S+)?$", text)
        or _CREDIT.match(folded) or _tag_line(text)  # "Crédit photo : …", "Categories: A, B"
    )


# A site's cookie or consent notice, in the release languages ("We use cookies …", "Diese
# Website verwendet Cookies …", "Ce site utilise des cookies …", "Käytämme evästeitä …").
_CONSENT = re.compile(
    r"\b(?:cookies?|cookie-\w+|\w*evaste\w*|kakor|informasjonskapsler|ciasteczk\w*|sutik|"
    r"cerez\w*)\b"
)


def consent_notice(line: str) -> bool:
    """Whether ``line`` is a site's cookie notice, a sentence that opens many scraped pages
    above the headline and is never the story's first paragraph."""
    return _CONSENT.search(fold(line)) is not None and len(line.split()) <= 80

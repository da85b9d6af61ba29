"""What sites print between the headline and the story is no headline, in any language: a photo
credit ("Crédit photo : …", "Foto: …"), a tag line ("Categories: Environment, Parks"), a date
label ("Mis à jour le 12/03/2031", "Gepubliceerd op 12 maart 2031"); and a headline ending on a
word that folds to a function word of another language (Swedish "ån", the stream, is no
English "an") is not cut off as a wrapped line. Text invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article


def test_a_photo_credit_under_the_headline() -> None:
    text = (
        "Accueil / Presse / Communiqués de presse\nCommuniqués de presse\n"
        "La ville plante 5 000 arbres le long du fleuve\nCrédit photo : Ville de Riverton\n"
        "Le conseil municipal plantera cet automne cinq mille arbres le long des berges du "
        "fleuve, après qu'une étude a montré que les berges avaient perdu leur couverture.\n"
    )
    assert read_article(text).title == "La ville plante 5 000 arbres le long du fleuve"


def test_a_tag_line_under_the_headline() -> None:
    text = (
        "NEWS\nCouncil to plant 5,000 trees along the river\n"
        "Posted on March 12, 2031 by Riverton City\nCategories: Environment, Parks\n"
        "The city council will plant five thousand trees along the river banks this autumn, "
        "after a survey found that the banks had lost much of their cover.\n"
    )
    assert read_article(text).title == "Council to plant 5,000 trees along the river"


def test_a_date_label_between_headline_and_story() -> None:
    text = (
        "Home / Nieuws\nNieuwe fietspaden in de Hoofdstraat\nGepubliceerd op 12 maart 2031\n"
        "De gemeenteraad heeft dinsdag een plan goedgekeurd om over de hele Hoofdstraat "
        "beschermde fietspaden aan te leggen. De werkzaamheden beginnen in het voorjaar.\n"
    )
    assert read_article(text).title == "Nieuwe fietspaden in de Hoofdstraat"


def test_a_headline_ending_on_a_swedish_noun() -> None:
    text = (
        "Pressmeddelande\nPublicerad 12 mars 2031\nStaden planterar 5 000 träd längs ån\n"
        "Kommunfullmäktige planterar i höst femtusen träd längs åns stränder, sedan en "
        "undersökning visat att stränderna förlorat mycket av sin växtlighet.\n"
    )
    assert read_article(text).title == "Staden planterar 5 000 träd längs ån"

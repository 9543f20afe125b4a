"""Deterministic generator of fictional German municipal press releases (our own text, MIT).

Benchmarks use it for realistic input of any size: a headline, an optional sub-headline, paragraphs of
press-office German (long sentences with subordinate clauses, passives, genitives, indirect speech, quotes,
dates, times, amounts) and sometimes a contact block. All towns, people and events are invented.

    python evaluation/generate_releases.py 200 /tmp/releases

From other scripts (``evaluation/`` is not a package)::

    sys.path.insert(0, str(repo_root / "evaluation"))
    from generate_releases import generate

Release ``i`` depends only on ``(seed, i)``, so ``generate(10)`` starts with ``generate(5)``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path
from typing import NamedTuple

__all__ = ["MAX_WORDS", "MIN_WORDS", "generate", "main"]

MIN_WORDS = 150
MAX_WORDS = 400

MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)  # fmt: skip
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
NUMBER_WORDS = ("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf")

# (name, web slug, large): a large town is led by an Oberbürgermeister, a small one by a Bürgermeister.
TOWNS = (
    ("Lindenau", "lindenau", True),
    ("Birkenfelde", "birkenfelde", False),
    ("Altenbrück", "altenbrueck", True),
    ("Hainbach", "hainbach", False),
    ("Wendelstedt", "wendelstedt", True),
    ("Kirchwalden", "kirchwalden", False),
    ("Mühlhagen", "muehlhagen", True),
    ("Rosenthal am See", "rosenthal-am-see", False),
    ("Eschenweiler", "eschenweiler", False),
    ("Steinfurtshausen", "steinfurtshausen", True),
    ("Ober-Lenzingen", "ober-lenzingen", False),
    ("Bad Wiesenthal", "bad-wiesenthal", True),
)
DISTRICTS = ("Oberdorf", "Nordstadt", "Am Weinberg", "Unterhof", "Westend", "Kreuzfeld", "Auental")
STREETS = (
    "Schillerstraße", "Bahnhofstraße", "Lindenallee", "Goethestraße", "Mühlgasse", "Hauptstraße",
    "Gartenstraße", "Kastanienallee", "Schulstraße", "Brunnengasse", "Friedhofstraße", "Wiesenstraße",
)  # fmt: skip
FEMALE = ("Katrin", "Sabine", "Miriam", "Anke", "Petra", "Leonie", "Yasemin", "Ulrike", "Carola", "Nadine")
MALE = ("Thomas", "Jörg", "Matthias", "Stefan", "Erik", "Tobias", "Hakan", "Bernd", "Lukas", "Frank")
SURNAMES = (
    "Albers", "Brandt", "Kessler", "Lorenz", "Hoffmann", "Vogt", "Petersen", "Yılmaz", "Scholz",
    "Wagner", "Engel", "Haase", "Kowalski", "Brinkmann", "Seidel", "Ruhland", "Obermeier", "Tann",
)  # fmt: skip


class Topic(NamedTuple):
    """Templates for one kind of release; headline, sub-headline and lead with the same index belong together.

    ``dept`` is the office in the genitive (``des Tiefbauamts``); ``amount`` (in thousand euros) and ``fee``
    (in euros) are the plausible ranges for the ``{amount}`` and ``{fee}`` slots.
    """

    dept: str
    amount: tuple[int, int]
    fee: tuple[int, int]
    headlines: tuple[str, ...]
    subheads: tuple[str, ...]
    leads: tuple[str, ...]
    body: tuple[str, ...]
    quotes: tuple[str, ...]
    info: tuple[str, ...]


TOPICS = (
    Topic(
        dept="des Tiefbauamts",
        amount=(200, 2500),
        fee=(5, 30),
        headlines=(
            "{street} wird ab {date1_day} voll gesperrt",
            "Kanalbau in der {street}: Umleitung ab {date1_short}",
        ),
        subheads=(
            "Arbeiten an Kanal und Fahrbahn dauern voraussichtlich {weeks} Wochen",
            "Busse fahren während der Bauzeit über die {street2}",
        ),
        leads=(
            "{town}, {pub_date}. Die {street} im Ortsteil {district} wird ab {date1_long}, für den "
            "Durchgangsverkehr voll gesperrt, weil die Stadtwerke dort einen mehr als {num} Jahre alten "
            "Abwasserkanal erneuern müssen. Nach Angaben {dept} sollen die Arbeiten, wenn das Wetter "
            "mitspielt, nach etwa {weeks} Wochen abgeschlossen sein.",
            "{town}, {pub_date}. Nachdem bei einer Untersuchung im vergangenen Herbst mehrere Schäden am "
            "Kanal unter der {street} festgestellt worden waren, beginnen am {date1_long}, die Bauarbeiten, "
            "die von einer Fachfirma aus der Region ausgeführt werden.",
        ),
        body=(
            "Der Verkehr wird während der gesamten Bauzeit über die {street2} umgeleitet. Anliegerinnen und "
            "Anlieger können ihre Grundstücke in den Abendstunden und an den Wochenenden weiterhin "
            "erreichen, sofern die Baustelle dies zulässt. Die Zufahrt für Rettungsfahrzeuge ist jederzeit "
            "gewährleistet.",
            "Die Kosten der Maßnahme belaufen sich auf ca. {amount}, von denen {percent} Prozent durch "
            "Fördermittel des Landes gedeckt werden. Gleichzeitig werden neue Leitungen für "
            "Trinkwasser und Glasfaser verlegt, damit die Straße in den kommenden Jahren nicht erneut "
            "aufgerissen werden muss.",
            "Die Haltestelle „{street}“ der Buslinie {line} wird für die Dauer der Arbeiten in die {street2} "
            "verlegt. Fahrgäste, die auf einen Rollstuhl oder einen Rollator angewiesen sind, finden dort "
            "einen barrierefreien Einstieg.",
            "Wer Fragen zur Baustelle hat, kann an jedem {weekday_plain} von {hour1} bis {hour2} Uhr in das "
            "Baubüro am Rand der Baustelle kommen, das von der Bauleitung besetzt wird.",
        ),
        quotes=(
            "Wir wissen, dass eine Vollsperrung für alle Beteiligten eine Belastung ist, aber nur so können "
            "wir die Bauzeit so kurz wie möglich halten",
            "Der alte Kanal hat seine Aufgabe lange erfüllt, jetzt muss er dringend ersetzt werden",
        ),
        info=(
            "Aktuelle Informationen zur Umleitung werden auf der Internetseite der Stadt "
            "veröffentlicht. Auskunft gibt auch das Tiefbauamt unter Tel. {phone}.",
        ),
    ),
    Topic(
        dept="des Jugendamts",
        amount=(300, 4000),
        fee=(5, 30),
        headlines=(
            "Anmeldung für Kita-Plätze startet am {date1_short}",
            "Kita-Jahr {year_next}: Eltern können ihre Kinder ab {date1_day} anmelden",
        ),
        subheads=(
            "Neues Online-Portal ersetzt die Anmeldung auf Papier",
            "{num_word_cap} zusätzliche Gruppen im Ortsteil {district} geplant",
        ),
        leads=(
            "{town}, {pub_date}. Eltern, die für ihr Kind ab dem Sommer {year_next} einen Platz in "
            "einer Kindertagesstätte suchen, können ihr Kind vom {date1_day} bis zum {date2_day} über das "
            "neue Online-Portal der Stadt anmelden. Die Anmeldung wird zentral vom Jugendamt "
            "bearbeitet, damit Familien nicht mehr bei jeder Einrichtung einzeln nachfragen müssen.",
            "{town}, {pub_date}. Weil die Zahl der Kinder unter drei Jahren in {town} weiter steigt, "
            "schafft die Stadt bis zum Herbst {num_word} zusätzliche Gruppen und stellt das "
            "Anmeldeverfahren ab dem {date1} auf ein Online-Portal um.",
        ),
        body=(
            "Im Portal können Eltern bis zu drei Wunsch-Kitas angeben. Wer keinen Computer zu Hause hat oder "
            "Hilfe beim Ausfüllen braucht, kann sich an das Familienbüro im Rathaus wenden, das dienstags "
            "und donnerstags von {hour1} bis {hour2} Uhr geöffnet ist.",
            "Die Zusagen werden Ende {month_next} verschickt. Bei der Vergabe der Plätze werden u. a. die "
            "Berufstätigkeit der Eltern, Geschwisterkinder in derselben Einrichtung und die Entfernung zur "
            "Wohnung berücksichtigt.",
            "Derzeit betreuen die {kitas} Kindertagesstätten der Stadt und der freien Träger rund "
            "{children} Kinder. Für den Ausbau, der vom Stadtrat im Dezember beschlossen wurde, stellt die "
            "Stadt in diesem Jahr ca. {amount} bereit.",
            "Die Beiträge richten sich nach dem Einkommen der Eltern. Familien mit geringem Einkommen können "
            "eine Ermäßigung beantragen; das Formular steht im Portal zum Herunterladen bereit.",
        ),
        quotes=(
            "Jedes Kind soll einen Platz in der Nähe seines Zuhauses bekommen, und dafür brauchen wir "
            "frühzeitig verlässliche Zahlen",
            "Mit dem neuen Portal sparen Eltern Zeit, weil sie nur noch ein einziges Formular ausfüllen "
            "müssen",
        ),
        info=(
            "Fragen zur Anmeldung beantwortet das Jugendamt unter Tel. {phone} oder per E-Mail an "
            "kita@{slug}.example.",
        ),
    ),
    Topic(
        dept="des Wahlamts",
        amount=(50, 200),
        fee=(25, 50),
        headlines=(
            "Briefwahl für die Kommunalwahl ab {date1_short} möglich",
            "Wahlbenachrichtigungen werden bis {date1_day} verschickt",
        ),
        subheads=(
            "Wahlamt rechnet mit einem neuen Rekord bei der Briefwahl",
            "Wahlhelferinnen und Wahlhelfer werden noch gesucht",
        ),
        leads=(
            "{town}, {pub_date}. Wer bei der Kommunalwahl am {election_long}, nicht persönlich in ein "
            "Wahllokal gehen kann oder möchte, kann ab dem {date1} die Briefwahl beantragen. Die "
            "Unterlagen werden vom Wahlamt der Stadt verschickt, sobald der Antrag eingegangen ist.",
            "{town}, {pub_date}. Rund {voters} Wahlberechtigte in {town} erhalten bis zum {date1} "
            "ihre Wahlbenachrichtigung, nachdem das Wählerverzeichnis in der vergangenen Woche "
            "abgeschlossen worden ist. Gewählt wird am {election_long}.",
        ),
        body=(
            "Der Antrag kann mit dem Vordruck auf der Rückseite der Wahlbenachrichtigung, online oder "
            "persönlich im Bürgerbüro gestellt werden. Wer die Briefwahl direkt im Rathaus erledigen will, "
            "kann dort ab dem {date1_day} auch sofort wählen.",
            "Bei der letzten Wahl haben {percent} Prozent der Wählerinnen und Wähler per Brief gewählt. Das "
            "Wahlamt empfiehlt, den roten Wahlbrief spätestens drei Tage vor der Wahl abzuschicken, weil er "
            "am Wahltag bis 18 Uhr bei der Stadt eingegangen sein muss.",
            "Für die {polls} Wahllokale werden noch Wahlhelferinnen und Wahlhelfer gesucht. Sie erhalten "
            "ein Erfrischungsgeld von {fee} Euro und werden vor der Wahl in einer Schulung auf ihre "
            "Aufgaben vorbereitet.",
            "Wahlberechtigt ist, wer am Wahltag mindestens 16 Jahre alt ist und seit mindestens drei "
            "Monaten in {town} wohnt. Auch Bürgerinnen und Bürger anderer Staaten der Europäischen Union "
            "dürfen bei der Kommunalwahl ihre Stimme abgeben.",
        ),
        quotes=(
            "Jede Stimme zählt, deshalb sollte niemand die Frist für die Briefwahl verpassen",
            "Ohne die vielen Freiwilligen in den Wahllokalen wäre eine Wahl nicht möglich",
        ),
        info=(
            "Das Wahlamt ist montags bis freitags von {hour1} bis {hour2} Uhr unter Tel. {phone} "
            "erreichbar. Die Öffnungszeiten des Briefwahlbüros werden im Amtsblatt bekannt gegeben.",
        ),
    ),
    Topic(
        dept="des Eigenbetriebs Abfallwirtschaft",
        amount=(50, 500),
        fee=(15, 40),
        headlines=(
            "Neuer Abfallkalender für {cal_year} ist da",
            "Müllabfuhr: Geänderte Termine nach dem Feiertag",
        ),
        subheads=(
            "Gelbe Säcke werden ab {month} nur noch alle vier Wochen abgeholt",
            "Biotonne wird im Sommer wöchentlich geleert",
        ),
        leads=(
            "{town}, {pub_date}. Der Abfallkalender für das Jahr {cal_year} wird in diesen Tagen an alle "
            "Haushalte verteilt, damit die Bürgerinnen und Bürger rechtzeitig wissen, wann ihre Tonnen "
            "geleert werden. Wer bis zum {date1} keinen Kalender erhalten hat, kann ihn im Rathaus "
            "abholen.",
            "{town}, {pub_date}. Wegen des Feiertags verschieben sich die Termine der Müllabfuhr in der "
            "Woche ab {monday_long}, um jeweils einen Tag, sodass die Tonnen, die sonst am Montag geleert "
            "werden, erst am Dienstag abgeholt werden.",
        ),
        body=(
            "Die Restmülltonne wird weiterhin alle zwei Wochen geleert, die Papiertonne alle vier Wochen. "
            "Die Tonnen sollten am Abfuhrtag bis 6 Uhr am Straßenrand stehen, weil die Fahrzeuge in "
            "manchen Straßen sehr früh unterwegs sind.",
            "Sperrmüll wird nach Anmeldung abgeholt. Jeder Haushalt hat Anspruch auf {few_word} kostenlose "
            "Abholungen im Jahr; jede weitere Abholung kostet {fee} Euro. Elektrogeräte wie z. B. "
            "Kühlschränke oder Fernseher werden getrennt abgeholt.",
            "Der Wertstoffhof in der {street} ist mittwochs von {hour1} bis {hour2} Uhr und samstags von 9 "
            "bis 13 Uhr geöffnet. Dort können auch Grünschnitt, Batterien und Altkleider abgegeben werden.",
            "Im vergangenen Jahr sind in {town} ca. {tons} Tonnen Restmüll angefallen, {percent} Prozent "
            "weniger als im Jahr davor. Die Gebühren bleiben deshalb trotz gestiegener Kosten stabil.",
        ),
        quotes=(
            "Wer seinen Abfall sorgfältig trennt, schont die Umwelt und hält zugleich die Gebühren niedrig",
            "Wir bitten alle Haushalte, den neuen Kalender gut aufzubewahren",
        ),
        info=(
            "Die Termine können auch in der Abfall-App der Stadt abgerufen werden. Fragen beantwortet "
            "die Abfallberatung unter Tel. {phone}.",
        ),
    ),
    Topic(
        dept="des Kulturamts",
        amount=(15, 80),
        fee=(5, 30),
        headlines=(
            "Stadtfest {town} lockt mit drei Bühnen",
            "Programm für das {nth} Stadtfest steht fest",
        ),
        subheads=(
            "Vom {fest_start_day} bis {fest_end_day} feiert die Innenstadt",
            "Vereine stellen sich auf dem Marktplatz vor",
        ),
        leads=(
            "{town}, {pub_date}. Vom {fest_start_day} bis zum {fest_end_day} verwandelt sich die Innenstadt "
            "von {town} wieder in eine große Festmeile, auf der mehr als {num} Vereine, Gruppen und "
            "Händlerinnen und Händler ihre Stände aufbauen. Eröffnet wird das Fest am {fest_start_long}, um "
            "{time1} von {head} auf dem Marktplatz.",
            "{town}, {pub_date}. Das Programm des diesjährigen Stadtfestes, das vom Kulturamt gemeinsam "
            "mit dem Gewerbeverein {town} e. V. organisiert wird, ist jetzt veröffentlicht worden.",
        ),
        body=(
            "Auf drei Bühnen treten Bands, Chöre und Tanzgruppen aus der Region auf. Für Familien gibt es "
            "am Samstag von {hour1} bis {hour2} Uhr ein Kinderprogramm mit Zauberer, Kinderschminken und "
            "einer Hüpfburg im Park hinter der {street}.",
            "Während des Festes ist die Innenstadt für den Autoverkehr gesperrt. Besucherinnen und Besucher "
            "werden gebeten, mit dem Bus oder dem Fahrrad zu kommen, weil die Parkplätze in der Nähe des "
            "Marktplatzes nicht zur Verfügung stehen.",
            "Die Stadt unterstützt das Fest mit {amount}. Der Eintritt ist frei; der Erlös der "
            "Tombola geht in diesem Jahr an den Förderverein der Grundschule {district} e. V.",
            "Zum Abschluss gibt es am Sonntag um 22 Uhr ein Feuerwerk über dem Stadtweiher, sofern es die "
            "Witterung zulässt. Bei starkem Wind wird es auf den folgenden Abend verschoben.",
        ),
        quotes=(
            "Das Stadtfest zeigt jedes Jahr aufs Neue, wie lebendig und vielfältig unsere Vereine sind",
            "Wir freuen uns auf viele Gäste aus {town} und aus der ganzen Region",
        ),
        info=(
            "Das vollständige Programm liegt im Rathaus und in der Stadtbücherei aus und steht auf der "
            "Internetseite der Stadt. Auskunft gibt das Kulturamt unter Tel. {phone}.",
        ),
    ),
    Topic(
        dept="des Bürgeramts",
        amount=(100, 600),
        fee=(5, 30),
        headlines=(
            "Bürgerbüro ab {date1_short} mit neuen Öffnungszeiten",
            "Bürgerbüro: Termine künftig rund um die Uhr online buchbar",
        ),
        subheads=(
            "Längere Öffnungszeiten am Donnerstag und erstmals auch am Samstag",
            "Wartezeiten sollen deutlich kürzer werden",
        ),
        leads=(
            "{town}, {pub_date}. Das Bürgerbüro der Stadt {town} ändert ab dem {date1} seine "
            "Öffnungszeiten, weil viele Berufstätige sich Termine am Abend und am Wochenende gewünscht "
            "haben. Die neuen Zeiten wurden nach einer Umfrage, an der sich ca. {participants} "
            "Bürgerinnen und Bürger beteiligt haben, von der Verwaltung festgelegt.",
            "{town}, {pub_date}. Nachdem die Wartezeiten im Bürgerbüro im vergangenen Jahr deutlich "
            "gestiegen waren, stellt die Stadt ab dem {date1} ein Terminsystem bereit, mit dem "
            "Termine rund um die Uhr gebucht werden können.",
        ),
        body=(
            "Künftig ist das Bürgerbüro montags, dienstags und freitags von 8 bis 12 Uhr, donnerstags von "
            "{hour1} bis 18 Uhr und an jedem ersten Samstag im Monat von 9 bis 12 Uhr geöffnet. Am Mittwoch "
            "bleibt es geschlossen, damit liegen gebliebene Anträge bearbeitet werden können.",
            "Für Personalausweise, Reisepässe und Meldebescheinigungen ist ein Termin nötig. Ohne Termin "
            "werden kurze Anliegen wie z. B. die Abholung eines Ausweises bearbeitet, soweit es die "
            "Auslastung zulässt.",
            "Im vergangenen Jahr hat das Bürgerbüro rund {visits} Anliegen bearbeitet. Die durchschnittliche "
            "Wartezeit soll mit dem neuen System um {percent} Prozent sinken.",
            "Wer einen Termin nicht wahrnehmen kann, wird gebeten, ihn rechtzeitig abzusagen, damit er an "
            "andere Bürgerinnen und Bürger vergeben werden kann.",
        ),
        quotes=(
            "Wir wollen, dass niemand mehr stundenlang warten muss, wenn er nur einen Ausweis abholen möchte",
            "Die Verwaltung ist für die Menschen da, und deshalb richten wir uns nach ihren Bedürfnissen",
        ),
        info=(
            "Termine gibt es online auf der Internetseite der Stadt oder unter Tel. {phone}. Das "
            "Bürgerbüro befindet sich im Erdgeschoss des Rathauses, {street} {house}.",
        ),
    ),
    Topic(
        dept="des Sportamts",
        amount=(1500, 9000),
        fee=(3, 6),
        headlines=(
            "Freibad {town} öffnet nach Sanierung am {date1_short}",
            "Sanierung des Freibads liegt im Zeitplan",
        ),
        subheads=(
            "Neues Becken, neue Rutsche und ein barrierefreier Zugang",
            "Saisonkarten sind ab sofort im Vorverkauf erhältlich",
        ),
        leads=(
            "{town}, {pub_date}. Nach zwei Jahren Bauzeit öffnet das Freibad im Ortsteil {district} "
            "am {date1_long}, wieder seine Tore. Die Sanierung, die von der Stadt mit Mitteln des "
            "Bundes finanziert wurde, hat insgesamt ca. {amount} gekostet.",
            "{town}, {pub_date}. Die Sanierung des Freibads in der {street} kommt gut voran, sodass "
            "das Bad nach Einschätzung {dept} wie geplant zur nächsten Badesaison öffnen kann, wenn keine "
            "unerwarteten Schäden mehr gefunden werden.",
        ),
        body=(
            "Das Schwimmerbecken wurde vollständig erneuert und mit einer Edelstahlwanne ausgekleidet. Neu "
            "sind außerdem eine Rutsche mit {num} Metern Länge, ein Planschbecken mit Sonnensegel und ein "
            "Lift, mit dem Menschen im Rollstuhl ins Wasser gelangen können.",
            "Das Bad ist täglich von {hour1} bis 20 Uhr geöffnet. Eine Tageskarte kostet {fee} Euro, Kinder "
            "und Jugendliche zahlen die Hälfte. Saisonkarten werden bis zum {date2_day} zu einem ermäßigten "
            "Preis verkauft.",
            "Die Heizung des Beckenwassers wird künftig von einer Solaranlage auf dem Dach des "
            "Umkleidegebäudes unterstützt. Dadurch sollen die Energiekosten um ca. {percent} Prozent sinken.",
            "Schulen und Vereine können die Bahnen wie bisher am Vormittag nutzen. Die Belegungspläne werden "
            "vom Sportamt mit den Vereinen abgestimmt.",
        ),
        quotes=(
            "Ein Schwimmbad ist für eine Stadt wie unsere weit mehr als ein Freizeitangebot, denn hier "
            "lernen Kinder schwimmen",
            "Die Sanierung war teuer, aber sie war notwendig, damit das Bad für die nächsten Jahrzehnte "
            "erhalten bleibt",
        ),
        info=(
            "Aktuelle Informationen zu Öffnungszeiten und Wassertemperatur gibt es auf der Internetseite des "
            "Bades und unter Tel. {phone}.",
        ),
    ),
    Topic(
        dept="der Stadtbücherei",
        amount=(20, 120),
        fee=(10, 25),
        headlines=(
            "Stadtbücherei verlängert ihre Öffnungszeiten",
            "Neue Bibliothek der Dinge in der Stadtbücherei",
        ),
        subheads=(
            "Ausleihe künftig auch ohne Personal möglich",
            "Werkzeug, Spiele und Messgeräte können ausgeliehen werden",
        ),
        leads=(
            "{town}, {pub_date}. Die Stadtbücherei {town} ist ab dem {date1} an sechs Tagen in der "
            "Woche geöffnet, nachdem ein System zur Selbstausleihe eingebaut worden ist. Leserinnen und "
            "Leser können dann auch in den Abendstunden Bücher, Filme und Spiele ausleihen.",
            "{town}, {pub_date}. In der Stadtbücherei können ab dem {date1} nicht nur Bücher, "
            "sondern auch Gegenstände ausgeliehen werden, die man nur selten braucht, wie z. B. eine "
            "Bohrmaschine, ein Nähset oder ein Gerät zur Messung des Stromverbrauchs.",
        ),
        body=(
            "Mit einem gültigen Leseausweis können alle Medien bis zu vier Wochen ausgeliehen werden. Der "
            "Ausweis kostet für Erwachsene {fee} Euro im Jahr; Kinder, Jugendliche und Inhaberinnen "
            "und Inhaber des Familienpasses erhalten ihn kostenlos.",
            "Der Bestand der Bücherei umfasst derzeit rund {stock} Medien. Im vergangenen Jahr wurden "
            "{percent} Prozent mehr Ausleihen gezählt als im Jahr zuvor, was vor allem an den Angeboten für "
            "Kinder liegt.",
            "Die Geräte wurden vom Förderverein der Stadtbücherei e. V. gespendet. Sie werden vor jeder "
            "Ausleihe geprüft, damit niemand ein defektes Gerät mit nach Hause nimmt.",
            "Jeden {weekday_plain} um {time1} lesen ehrenamtliche Vorleserinnen und Vorleser für Kinder ab "
            "vier Jahren vor. Eine Anmeldung ist nicht nötig.",
        ),
        quotes=(
            "Eine Bücherei ist heute ein Ort der Begegnung, an dem man sich gern aufhält",
            "Wer eine Bohrmaschine nur zweimal im Jahr braucht, muss sie nicht kaufen",
        ),
        info=(
            "Die Stadtbücherei befindet sich in der {street} {house}. Fragen beantwortet das Team unter Tel. "
            "{phone}.",
        ),
    ),
    Topic(
        dept="des Amts für Stadtplanung",
        amount=(300, 3000),
        fee=(5, 30),
        headlines=(
            "Neuer Radweg zwischen {district} und Innenstadt",
            "Radverkehrskonzept: Bürgerinnen und Bürger können mitreden",
        ),
        subheads=(
            "Bauarbeiten beginnen am {date1_short}",
            "Online-Beteiligung läuft bis {date2_day}",
        ),
        leads=(
            "{town}, {pub_date}. Die Stadt {town} baut einen {km} Kilometer langen Radweg, der "
            "den Ortsteil {district} mit der Innenstadt verbindet, damit Schülerinnen und Schüler sowie "
            "Pendlerinnen und Pendler sicher mit dem Fahrrad unterwegs sein können.",
            "{town}, {pub_date}. Bevor der Stadtrat im Herbst über das neue Radverkehrskonzept "
            "entscheidet, können sich die Bürgerinnen und Bürger vom {date1_day} bis zum {date2_day} an der "
            "Planung beteiligen.",
        ),
        body=(
            "Der Radweg wird getrennt von der Fahrbahn geführt und ist {width} Meter breit. An den "
            "Kreuzungen mit der {street} und der {street2} werden neue Ampeln aufgestellt, die "
            "Radfahrerinnen und Radfahrern eine eigene Grünphase geben.",
            "Die Baukosten belaufen sich auf ca. {amount}. {percent} Prozent davon übernimmt das Land aus "
            "seinem Programm zur Förderung des Radverkehrs.",
            "Auf einer digitalen Karte können Hinweise zu gefährlichen Stellen, fehlenden Abstellanlagen "
            "oder Lücken im Radnetz eingetragen werden. Alle Hinweise werden vom Planungsamt ausgewertet.",
            "Für alle, die nicht online teilnehmen möchten, findet am {date1_long}, um {time1} eine "
            "Informationsveranstaltung im Bürgerhaus {district} statt.",
        ),
        quotes=(
            "Wer sicher Rad fahren kann, lässt das Auto öfter stehen",
            "Die Menschen, die täglich mit dem Rad unterwegs sind, kennen die Gefahrenstellen am besten",
        ),
        info=(
            "Die Pläne sind auf der Internetseite der Stadt zu finden. Fragen beantwortet das Amt für "
            "Stadtplanung unter Tel. {phone}.",
        ),
    ),
    Topic(
        dept="des Grünflächenamts",
        amount=(20, 250),
        fee=(5, 30),
        headlines=(
            "{trees} neue Bäume für {town}",
            "Baumpflanzaktion im Ortsteil {district}",
        ),
        subheads=(
            "Bürgerinnen und Bürger können Baumpatenschaften übernehmen",
            "Heimische Arten sollen Hitze und Trockenheit besser vertragen",
        ),
        leads=(
            "{town}, {pub_date}. Im Rahmen ihres Klimaschutzprogramms pflanzt die Stadt bis zum "
            "kommenden Frühjahr insgesamt {trees} neue Bäume an Straßen, in Parks und auf Schulhöfen, "
            "weil alte Bäume in den trockenen Sommern der letzten Jahre stark gelitten haben.",
            "{town}, {pub_date}. Am {date1_long}, lädt das Grünflächenamt gemeinsam mit dem "
            "Naturschutzverein {town} e. V. alle Interessierten zu einer Pflanzaktion im Ortsteil {district} "
            "ein. Treffpunkt ist um {time1} am Spielplatz in der {street}.",
        ),
        body=(
            "Gepflanzt werden vor allem Arten, die mit Hitze gut zurechtkommen, wie z. B. Feldahorn, "
            "Hainbuche und Winterlinde. Die Auswahl der Standorte wurde vom Grünflächenamt mit den "
            "Ortsbeiräten abgestimmt.",
            "Wer eine Baumpatenschaft übernimmt, gießt den Baum in den ersten drei Sommern regelmäßig und "
            "meldet Schäden an die Stadt. Bisher haben sich {num} Patinnen und Paten gemeldet.",
            "Die Kosten der Aktion von ca. {amount} werden zum großen Teil aus Spenden und aus dem "
            "Klimaschutzfonds der Stadt bezahlt.",
            "Werkzeug und Handschuhe werden gestellt. Kinder sind herzlich willkommen, wenn sie von einem "
            "Erwachsenen begleitet werden.",
        ),
        quotes=(
            "Jeder Baum, den wir heute pflanzen, spendet unseren Kindern in zwanzig Jahren Schatten",
            "Ohne die Hilfe der Patinnen und Paten könnten wir so viele Bäume nicht versorgen",
        ),
        info=("Anmeldungen für Baumpatenschaften nimmt das Grünflächenamt unter Tel. {phone} entgegen.",),
    ),
)

GENERIC = (
    "Der Beschluss wurde vom Stadtrat in seiner Sitzung am {council_date}, mit großer Mehrheit gefasst. "
    "Zuvor hatten sich der Bauausschuss und der Ortsbeirat {district} mit dem Vorhaben befasst, das bereits "
    "im Haushaltsplan der Stadt vorgesehen war.",
    "{head} dankte allen Beteiligten für die gute Zusammenarbeit. {head_pron_cap} sagte, ohne die "
    "Unterstützung der Vereine und der vielen Ehrenamtlichen wäre das Vorhaben nicht in so kurzer Zeit "
    "möglich gewesen.",
    "Die Stadt weist darauf hin, dass alle Informationen auch in Leichter Sprache und in mehreren "
    "Fremdsprachen im Bürgerbüro erhältlich sind. Wer Hilfe beim Lesen braucht, kann sich dort beraten "
    "lassen.",
    "{head} betonte, die Stadt habe sich die Entscheidung nicht leicht gemacht. Man werde die "
    "Bürgerinnen und Bürger, die von den Änderungen betroffen sind, auch weiterhin rechtzeitig informieren.",
    "Nach Auskunft der Verwaltung wird die Stadt in den kommenden Wochen weitere Einzelheiten "
    "bekannt geben, sobald die Gespräche mit den beteiligten Stellen abgeschlossen sind.",
)


def _day(day: dt.date) -> str:
    return f"{day.day}. {MONTHS[day.month - 1]}"


def _date(day: dt.date, *, weekday: bool = False) -> str:
    text = f"{_day(day)} {day.year}"
    return f"{WEEKDAYS[day.weekday()]}, {text}" if weekday else text


def _thousands(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def _amount(rng: random.Random, low: int, high: int) -> str:
    """An amount between ``low`` and ``high`` thousand euros, written as a press office would."""
    thousands = rng.randint(low, high)
    if thousands < 1000:
        return f"{_thousands(thousands // 5 * 5 * 1000)} Euro"
    millions, tenths = divmod(round(thousands / 100), 10)
    if tenths:
        return f"{millions},{tenths} Millionen Euro"
    return "1 Million Euro" if millions == 1 else f"{millions} Millionen Euro"


def _person(rng: random.Random) -> tuple[str, str, bool]:
    female = rng.random() < 0.5
    first = rng.choice(FEMALE if female else MALE)
    return first, rng.choice(SURNAMES), female


def _phone(rng: random.Random) -> tuple[str, str]:
    area = f"0{rng.randint(2000, 9999)}"
    main = str(rng.randint(100, 999))
    return area, main


def _slots(rng: random.Random, topic: Topic) -> dict[str, str]:
    town, slug, large = rng.choice(TOWNS)
    year = rng.choice((2025, 2026, 2027))
    pub = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    date1 = pub + dt.timedelta(days=rng.randint(5, 40))
    date2 = date1 + dt.timedelta(days=rng.randint(1, 30))
    council = pub - dt.timedelta(days=rng.randint(3, 20))
    council -= dt.timedelta(days=max(0, council.weekday() - 3))
    friday = date1 + dt.timedelta(days=(4 - date1.weekday()) % 7)
    monday = date1 + dt.timedelta(days=(0 - date1.weekday()) % 7)
    election = date1 + dt.timedelta(days=14 + (6 - date1.weekday()) % 7)
    street, street2 = rng.sample(STREETS, 2)
    hour1 = rng.randint(8, 14)
    minute = rng.choice(("", ".30", ".15", ""))
    head_first, head_last, head_female = _person(rng)
    title = "Oberbürgermeister" if large else "Bürgermeister"
    head_role = title + ("in" if head_female else "")
    doctor = "Dr. " if rng.random() < 0.3 else ""
    area, main = _phone(rng)
    num_word = rng.choice(NUMBER_WORDS)
    return {
        "town": town,
        "slug": slug,
        "district": rng.choice(DISTRICTS),
        "street": street,
        "street2": street2,
        "house": str(rng.randint(1, 60)),
        "year": str(year),
        "year_next": str(year + 1),
        "cal_year": str(year + 1 if pub.month >= 10 else year),
        "month": MONTHS[date1.month - 1],
        "month_next": MONTHS[date2.month - 1],
        "pub_date": _date(pub),
        "council_date": _date(council, weekday=True),
        "date1_long": _date(date1, weekday=True),
        "date1": _date(date1),
        "date1_day": _day(date1),
        "date1_short": date1.strftime("%d.%m.%Y"),
        "date2_long": _date(date2, weekday=True),
        "date2_day": _day(date2),
        "election_long": _date(election, weekday=True),
        "monday_long": _date(monday, weekday=True),
        "fest_start_long": _date(friday, weekday=True),
        "fest_start_day": _day(friday),
        "fest_end_day": _day(friday + dt.timedelta(days=2)),
        "weekday_plain": WEEKDAYS[rng.randint(0, 4)],
        "time1": f"{hour1}{minute} Uhr",
        "hour1": str(hour1),
        "hour2": str(hour1 + rng.randint(2, 4)),
        "weeks": str(rng.randint(3, 16)),
        "num": str(rng.randint(12, 80)),
        "num_word": num_word,
        "num_word_cap": num_word.capitalize(),
        "few_word": rng.choice(NUMBER_WORDS[:3]),
        "participants": str(rng.randint(15, 90) * 10),
        "nth": f"{rng.randint(5, 45)}.",
        "amount": _amount(rng, *topic.amount),
        "percent": str(rng.randint(8, 60)),
        "fee": str(rng.randint(*topic.fee)),
        "line": str(rng.randint(1, 19)),
        "kitas": str(rng.randint(6, 30)),
        "children": _thousands(rng.randint(4, 30) * 100),
        "voters": _thousands(rng.randint(8, 95) * 1000),
        "polls": str(rng.randint(8, 60)),
        "tons": _thousands(rng.randint(20, 140) * 100),
        "visits": _thousands(rng.randint(12, 60) * 1000),
        "stock": _thousands(rng.randint(20, 90) * 1000),
        "km": f"{rng.randint(1, 6)},{rng.randint(1, 9)}",
        "width": rng.choice(("2,5", "3", "3,5")),
        "trees": str(rng.randint(40, 400)),
        "head": f"{head_role} {doctor}{head_first} {head_last}",
        "head_last": head_last,
        "head_pron_cap": "Sie" if head_female else "Er",
        "dept": topic.dept,
        "phone": f"{area} {main}-{rng.randint(10, 99)}0",
        "phone_area": area,
        "phone_main": main,
    }


def _contact(rng: random.Random, slots: dict[str, str]) -> str:
    first, last, female = _person(rng)
    role = "Pressesprecherin" if female else "Pressesprecher"
    ext = rng.randint(10, 99)
    return "\n".join(
        (
            "Kontakt:",
            f"{first} {last}",
            f"{role} der Stadt {slots['town']}",
            f"Telefon: {slots['phone_area']} {slots['phone_main']}-{ext}",
            f"E-Mail: presse@{slots['slug']}.example",
            f"www.{slots['slug']}.example",
        )
    )


def _quote(rng: random.Random, topic: Topic, slots: dict[str, str]) -> str:
    text = rng.choice(topic.quotes).format(**slots)
    if rng.random() < 0.5:
        return f"„{text}“, sagte {slots['head']}."
    first, last, female = _person(rng)
    role = "Leiterin" if female else "Leiter"
    return f"„{text}“, erklärte {first} {last}, {role} {topic.dept}."


def _words(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def _release(rng: random.Random) -> str:
    topic = rng.choice(TOPICS)
    slots = _slots(rng, topic)
    target = rng.randint(MIN_WORDS + 20, MAX_WORDS - 40)
    story = rng.randrange(len(topic.leads))
    head = [topic.headlines[story].format(**slots)]
    if rng.random() < 0.8:
        head.append(topic.subheads[story].format(**slots))
    body = [p.format(**slots) for p in rng.sample(topic.body, len(topic.body))]
    if rng.random() < 0.85:
        body.insert(rng.randint(1, 2), _quote(rng, topic, slots))
    body += [p.format(**slots) for p in rng.sample(GENERIC, len(GENERIC))]
    paragraphs = [topic.leads[story].format(**slots)]
    for paragraph in body:
        if _words(head + paragraphs) >= target:
            break
        paragraphs.append(paragraph)
    tail = [rng.choice(topic.info).format(**slots)] if rng.random() < 0.7 else []
    if rng.random() < 0.6:
        tail.append(_contact(rng, slots))
    while _words(head + paragraphs + tail) > MAX_WORDS:
        paragraphs.pop()
    return "\n\n".join(head + paragraphs + tail) + "\n"


def generate(n: int, seed: int = 0) -> list[str]:
    """Return ``n`` fictional releases; release ``i`` depends only on ``seed`` and ``i``."""
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    return [_release(random.Random(f"simplify-releases:{seed}:{i}")) for i in range(n)]


def main(argv: list[str] | None = None) -> int:
    """Write N releases as ``release_0000.txt`` ... into OUTDIR."""
    parser = argparse.ArgumentParser(description="Write N fictional German press releases into OUTDIR.")
    parser.add_argument("n", type=int, help="number of releases")
    parser.add_argument("outdir", type=Path, help="output directory (created if missing)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error(f"N must be >= 0, got {args.n}")
    args.outdir.mkdir(parents=True, exist_ok=True)
    width = max(4, len(str(args.n - 1)))
    for i, text in enumerate(generate(args.n, args.seed)):
        (args.outdir / f"release_{i:0{width}d}.txt").write_text(text, encoding="utf-8")
    print(f"wrote {args.n} releases to {args.outdir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

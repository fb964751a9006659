"""Reading exports: encodings, delimiters, line endings, JSON shapes and JSON-stringified cells."""
from __future__ import annotations

import json

from liblitz_app.intake import Layout, detect_layout, open_table, preview, sniff
from liblitz_app.intake.cells import cell_list, cell_text, decode_cell


def rows_of(path) -> list[dict]:
    return [row.columns for chunk in open_table(path).chunks(2) for row in chunk]


def test_utf8_comma_csv(write) -> None:
    path = write("a.csv", "text,date\nBonjour,2021-01-02\nSalut,2021-01-03\n")
    fmt = sniff(path)
    assert (fmt.kind, fmt.encoding, fmt.delimiter, fmt.line_endings) == ("csv", "utf-8", ",", "LF")
    assert rows_of(path) == [{"text": "Bonjour", "date": "2021-01-02"}, {"text": "Salut", "date": "2021-01-03"}]


def test_bom_is_not_part_of_the_first_column(write) -> None:
    path = write("bom.csv", "\ufefftext;lieu\nÀ la mer;Nice\n")
    assert sniff(path).encoding == "utf-8-sig"
    assert open_table(path).columns == ["text", "lieu"]


def test_french_excel_export_semicolons_in_windows_1252(write) -> None:
    content = "Texte;Date;Émotion\r\n\"Été à Noël, c'était génial\";03/07/2021;joie\r\n"
    path = write("excel.csv", content, encoding="cp1252")
    fmt = sniff(path)
    assert (fmt.encoding, fmt.delimiter, fmt.line_endings) == ("cp1252", ";", "CRLF")
    assert rows_of(path) == [{"Texte": "Été à Noël, c'était génial", "Date": "03/07/2021", "Émotion": "joie"}]


def test_latin1_when_bytes_are_undefined_in_windows_1252(write) -> None:
    path = write("l1.csv", b"text\ncaf\xe9 \x81\n")
    assert sniff(path).encoding == "latin-1"


def test_tab_separated(write) -> None:
    path = write("t.tsv", "text\tplace\nUn souvenir, avec virgule\tParis\n")
    assert sniff(path).delimiter == "\t"
    assert rows_of(path)[0]["place"] == "Paris"


def test_mixed_line_endings_read_every_row(write) -> None:
    path = write("mixed.csv", b"text,n\r\nun,1\ndeux,2\rtrois,3\r\n\"quatre\nsur deux lignes\",4\n")
    assert sniff(path).line_endings == "mixte"
    assert [r["n"] for r in rows_of(path)] == ["1", "2", "3", "4"]
    assert rows_of(path)[3]["text"] == "quatre\nsur deux lignes"


def test_row_numbers_count_data_rows_across_chunks(write) -> None:
    path = write("n.csv", "text\n" + "".join(f"ligne {i}\n" for i in range(5)))
    numbers = [row.number for chunk in open_table(path).chunks(2) for row in chunk]
    assert numbers == [1, 2, 3, 4, 5]


def test_json_stringified_cells_are_decoded() -> None:
    assert decode_cell('["Marc", "Léa"]') == ["Marc", "Léa"]
    assert cell_text('{"text": "Au parc"}') == "Au parc"
    assert cell_list('["Marc"]') == ["Marc"]
    assert cell_list("Marc; Léa") == ["Marc", "Léa"]
    assert decode_cell("[pas du json]") == "[pas du json]"
    assert decode_cell('"bonjour"') == "bonjour"


def test_preview_shows_cells_as_they_will_be_read(write) -> None:
    path = write("p.csv", 'text,persons\n"{""text"": ""Au parc""}","[""Marc""]"\n')
    shown = preview(path, 5)
    assert shown.columns == ["text", "persons"]
    assert shown.rows[0].columns == {"text": {"text": "Au parc"}, "persons": ["Marc"]}


def test_json_list_of_objects(write) -> None:
    path = write("l.json", json.dumps([{"text": "Un", "creation_timestamp": 1}, {"text": "Deux"}]))
    table = open_table(path)
    assert table.format.kind == "json" and table.columns == ["text", "creation_timestamp"]
    assert [r["text"] for r in rows_of(path)] == ["Un", "Deux"]


def test_json_facts_keep_their_section_and_number_on(write) -> None:
    data = {"customer_facts": [{"text": "J'aime le thé", "creation_timestamp": "2021-01-01"}],
            "robot_facts": [{"text": "Je m'appelle Liblitz", "creation_timestamp": "2021-01-02"}]}
    table = open_table(write("f.json", json.dumps(data)))
    rows = [row for chunk in table.chunks() for row in chunk]
    assert [(r.number, r.section) for r in rows] == [(1, "customer_facts"), (2, "robot_facts")]
    assert detect_layout(table.columns, table.sections).layout is Layout.FACT_LIST


def test_json_diary_entries(write) -> None:
    table = open_table(write("d.json", json.dumps({"entries": [{"text": "Cher journal", "name": "Lundi"}]})))
    detected = detect_layout(table.columns, table.sections)
    assert detected.layout is Layout.DIARY and detected.mapping is not None
    assert detected.mapping.text == "text"

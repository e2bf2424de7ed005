"""The canonical serialization: streamed or in one piece, the bytes the standard library's json gives."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.export.canonical import Encoded, Spill, Stream, dumps, encode, read_streamed, write_streamed

# JSON values as the outputs hold them: text of any script (control characters, U+2028, astral planes), integers,
# floats as the reports round them (no exponent either way), nesting.
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**53), 2**53)
    | TEXT
    | st.floats(min_value=0.001, max_value=1e6, allow_nan=False).map(lambda x: round(x, 3))
)
VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4), max_leaves=25
)
TOPS = st.dictionaries(TEXT, VALUES | st.lists(VALUES, max_size=5), max_size=5)


def standard(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


@settings(max_examples=150, derandomize=True, deadline=None)
@given(TOPS)
def test_dumps_and_the_streamed_file_are_the_standard_librarys_bytes(tmp_path_factory, top):
    path = tmp_path_factory.mktemp("canonical") / "out.json"
    write_streamed(path, top)
    assert dumps(top) == standard(top)
    assert path.read_bytes() == standard(top).encode("utf-8")


@settings(max_examples=60, derandomize=True, deadline=None)
@given(st.lists(VALUES, max_size=8), TOPS)
def test_elements_parked_in_a_spill_come_back_in_order_with_the_same_bytes(tmp_path_factory, elements, rest):
    folder = tmp_path_factory.mktemp("spill")
    with Spill(folder) as spill:
        for element in elements:
            spill.append(element)
        assert len(spill) == len(elements)
        assert [json.loads(e) for e in spill] == elements
        write_streamed(folder / "out.json", {**rest, "items": Stream(spill)})
    assert (folder / "out.json").read_bytes() == standard({**rest, "items": elements}).encode("utf-8")
    assert [p.name for p in folder.iterdir()] == ["out.json"], "the spill file is removed on exit"


def test_a_generator_is_consumed_one_element_at_a_time(tmp_path):
    produced = []

    def elements():
        for n in range(3):
            produced.append(n)
            yield {"n": n}

    write_streamed(tmp_path / "out.json", {"items": Stream(elements()), "empty": Stream(iter(()))})
    assert produced == [0, 1, 2]
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8")) == {
        "items": [{"n": 0}, {"n": 1}, {"n": 2}],
        "empty": [],
    }


def test_an_encoded_element_is_copied_not_encoded_again(tmp_path):
    write_streamed(tmp_path / "out.json", {"items": [Encoded(encode({"b": 1, "a": [2]}))]})
    assert (tmp_path / "out.json").read_text(encoding="utf-8") == standard({"items": [{"a": [2], "b": 1}]})


@settings(max_examples=100, derandomize=True, deadline=None)
@given(TOPS, st.sampled_from([1, 3, 64, 1 << 20]), st.booleans())
def test_a_file_is_read_back_one_element_at_a_time_whatever_its_layout(tmp_path_factory, top, chunk, compact):
    path = tmp_path_factory.mktemp("read") / "in.json"
    top = {**top, "items": top.get("items") if isinstance(top.get("items"), list) else [1, {"a": [2.5]}, "x]"]}
    if compact:
        path.write_text(json.dumps(top, separators=(",", ":")), encoding="utf-8")
    else:
        write_streamed(path, top)
    read = read_streamed(path, "items", chunk_size=chunk)
    assert list(read["items"]) == top["items"]
    assert {k: v for k, v in read.items() if k != "items"} == {k: v for k, v in top.items() if k != "items"}


@pytest.mark.parametrize(
    "text", ["", "[1]", '{"items": [1, 2', '{"items": [1 2]}', '{"items": [1]]}', "{} {}", '{"a" 1}', '{"items": [1],}']
)
def test_a_file_that_is_not_one_json_object_fails_while_read(tmp_path, text):
    (tmp_path / "in.json").write_text(text, encoding="utf-8")
    with pytest.raises(ValueError):
        list(read_streamed(tmp_path / "in.json", "items", chunk_size=2)["items"])

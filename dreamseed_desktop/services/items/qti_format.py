"""IMS QTI 2.1 item XML <-> item content (Qt-free, no database): the format half of the QTI
import/export (``services.items.qti``).

Export writes one ``assessmentItem`` per item: a ``choiceInteraction`` (one answer) whose
``correctResponse`` is the key, the stem and choices as XHTML with every ``$…$`` formula as
MathML carrying its LaTeX as an ``application/x-tex`` annotation (as MathJax and Moodle write
it), pictures as ``<img src alt>`` files in the package, and the passage as a leading
``<div class="passage">``. Import reads what TAO, Moodle and similar tools write: MathML with a
TeX annotation is taken verbatim, MathML without one is converted to LaTeX (the common
presentation elements); anything else — other interactions, several answers, tables, unknown
MathML — is reported per item instead of being imported half.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.etree import ElementTree as ET

from defusedxml import ElementTree as SafeET

from dreamseed_desktop.services.items.content import ImageRun, MathRun, TextRun, parse

QTI_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1"
MATHML_NS = "http://www.w3.org/1998/Math/MathML"
Q = f"{{{QTI_NS}}}"
M = f"{{{MATHML_NS}}}"
TEX = "application/x-tex"
#: picture ids in imported text before the pictures are stored (never a real id: 18 digits)
PLACEHOLDER = 10 ** 17


class QtiProblem(Exception):
    """What cannot be imported from one item (English template + params, like DomainError)."""

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(template.format(**params))
        self.template, self.params = template, params


@dataclass
class ParsedItem:
    """One item read from a package: content in our format, picture files by href."""

    identifier: str
    stem: str
    choices: list[str]
    key: int
    passage: tuple[str, str] | None = None
    #: placeholder picture id (``PLACEHOLDER + n``, stands in the text until stored) -> href in the package
    picture_hrefs: dict[int, str] = field(default_factory=dict)


# ----------------------------------------------------------------------------------- export

def latex_to_mathml(latex: str) -> ET.Element:
    """MathML (namespaced, prefix m) with the LaTeX kept as an annotation."""
    from latex2mathml.converter import convert

    math = ET.fromstring(convert(latex))
    out = ET.Element(f"{M}math")
    semantics = ET.SubElement(out, f"{M}semantics")
    for child in list(math):
        semantics.append(child)
    note = ET.SubElement(semantics, f"{M}annotation", {"encoding": TEX})
    note.text = latex
    _requalify(out)
    return out


def _requalify(el: ET.Element) -> None:
    for node in el.iter():
        if not str(node.tag).startswith("{"):
            node.tag = f"{M}{node.tag}"


def content_to_xhtml(parent: ET.Element, text: str, href_of: dict[int, str]) -> None:
    """Append ``text`` (our content format) to ``parent`` as paragraphs of XHTML/MathML."""
    for block in text.split("\n"):
        p = ET.SubElement(parent, f"{Q}p")
        last: ET.Element | None = None
        for run in parse(block):
            if isinstance(run, TextRun):
                if last is None:
                    p.text = (p.text or "") + run.text
                else:
                    last.tail = (last.tail or "") + run.text
            elif isinstance(run, MathRun):
                last = latex_to_mathml(run.latex)
                p.append(last)
            elif isinstance(run, ImageRun):
                last = ET.SubElement(p, f"{Q}img", {"src": href_of[run.asset_id], "alt": run.alt})


def item_xml(identifier: str, title: str, stem: str, choices: list[str], key: int,
             passage: tuple[str, str] | None, href_of: dict[int, str]) -> bytes:
    ET.register_namespace("", QTI_NS)
    ET.register_namespace("m", MATHML_NS)
    root = ET.Element(f"{Q}assessmentItem", {
        "identifier": identifier, "title": title, "adaptive": "false", "timeDependent": "false"})
    decl = ET.SubElement(root, f"{Q}responseDeclaration",
                         {"identifier": "RESPONSE", "cardinality": "single", "baseType": "identifier"})
    ET.SubElement(ET.SubElement(decl, f"{Q}correctResponse"), f"{Q}value").text = f"choice_{key}"
    outcome = ET.SubElement(root, f"{Q}outcomeDeclaration",
                            {"identifier": "SCORE", "cardinality": "single", "baseType": "float"})
    ET.SubElement(ET.SubElement(outcome, f"{Q}defaultValue"), f"{Q}value").text = "0"
    body = ET.SubElement(root, f"{Q}itemBody")
    if passage is not None:
        div = ET.SubElement(body, f"{Q}div", {"class": "passage"})
        ET.SubElement(div, f"{Q}h2").text = passage[0]
        content_to_xhtml(div, passage[1], href_of)
    content_to_xhtml(body, stem, href_of)
    interaction = ET.SubElement(body, f"{Q}choiceInteraction",
                                {"responseIdentifier": "RESPONSE", "shuffle": "false", "maxChoices": "1"})
    for n, choice in enumerate(choices, start=1):
        simple = ET.SubElement(interaction, f"{Q}simpleChoice", {"identifier": f"choice_{n}"})
        _inline(simple, choice, href_of)
    ET.SubElement(root, f"{Q}responseProcessing",
                  {"template": "http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"})
    # no ET.indent: whitespace between formulas and words is content
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8")


def _inline(parent: ET.Element, text: str, href_of: dict[int, str]) -> None:
    holder = ET.Element("x")
    content_to_xhtml(holder, text, href_of)
    paragraphs = list(holder)
    for i, p in enumerate(paragraphs):          # a choice is inline content: paragraphs -> <br/>
        if i:
            br = ET.SubElement(parent, f"{Q}br")
            br.tail = p.text
        else:
            parent.text = p.text
        for child in list(p):
            parent.append(child)


# ----------------------------------------------------------------------------------- import

def parse_item(data: bytes) -> ParsedItem:
    """Read one assessmentItem; raises :class:`QtiProblem` for what we cannot import."""
    try:
        root = SafeET.fromstring(data, forbid_dtd=True)
    except Exception as exc:
        raise QtiProblem("The item file is not valid XML.") from exc
    ns = _namespace(root.tag)
    if _local(root.tag) != "assessmentItem":
        raise QtiProblem("The file is not a QTI assessmentItem.")
    identifier = root.get("identifier") or ""
    body = root.find(f"{ns}itemBody")
    if body is None:
        raise QtiProblem("The item has no itemBody.")
    interactions = [el for el in body.iter() if _local(el.tag).endswith("Interaction")]
    kinds = sorted({_local(el.tag) for el in interactions})
    if kinds != ["choiceInteraction"] or len(interactions) != 1:
        raise QtiProblem("Only items with one choice interaction can be imported (found: {kinds}).",
                         kinds=", ".join(kinds) or "none")
    interaction = interactions[0]
    if (interaction.get("maxChoices") or "1") != "1":
        raise QtiProblem("Only single-answer choice items can be imported.")
    decl = next((d for d in root.findall(f"{ns}responseDeclaration")
                 if d.get("identifier") == interaction.get("responseIdentifier")), None)
    values = [] if decl is None else [v.text or "" for v in decl.iter(f"{ns}value")
                                      if decl.find(f"{ns}correctResponse") is not None]
    if len(values) != 1:
        raise QtiProblem("The item has no single correct answer.")
    simple = interaction.findall(f"{ns}simpleChoice")
    ids = [c.get("identifier") for c in simple]
    if values[0].strip() not in ids:
        raise QtiProblem("The correct answer names no choice of the item.")
    item = ParsedItem(identifier=identifier, stem="", choices=[], key=ids.index(values[0].strip()) + 1)
    pictures: dict[int, str] = {}
    stem_parts: list[str] = []
    for child in body:
        if child is interaction:
            prompt = child.find(f"{ns}prompt")
            if prompt is not None:
                stem_parts.append(_text_of(prompt, ns, pictures).strip())
            continue
        if _local(child.tag) == "div" and "passage" in (child.get("class") or "").split():
            title_el = next((c for c in child if _local(c.tag) in ("h1", "h2", "h3", "h4")), None)
            title = "".join(title_el.itertext()).strip() if title_el is not None else ""
            parts = [_text_of(c, ns, pictures).strip() for c in child if c is not title_el]
            item.passage = (title or identifier, "\n".join(p for p in parts if p))
            continue
        if interaction in list(child.iter()):
            raise QtiProblem("The choice interaction is nested in other content.")
        stem_parts.append(_text_of(child, ns, pictures).strip())
    item.stem = "\n".join(p for p in stem_parts if p)
    item.choices = [_text_of(c, ns, pictures).strip() for c in simple]
    item.picture_hrefs = pictures
    if not item.stem:
        raise QtiProblem("The item has no question text.")
    return item


_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre"}
_INLINE = {"span", "strong", "em", "b", "i", "u", "sub", "sup", "code", "q", "small", "big", "abbr", "cite",
           "ul", "ol", "label"}


def _text_of(el: ET.Element, ns: str, pictures: dict[int, str]) -> str:
    """Our content text for an XHTML element (formulas, pictures as placeholders to resolve)."""
    out: list[str] = [_escape(el.text or "")]
    for child in el:
        tag = _local(child.tag)
        if child.tag == f"{M}math" or tag == "math":
            out.append(f"${mathml_to_latex(child)}$")
        elif tag == "img":
            src = child.get("src") or ""
            placeholder = PLACEHOLDER + len(pictures)
            pictures[placeholder] = src
            alt = " ".join((child.get("alt") or "").split()) or src.rsplit("/", 1)[-1]
            out.append(f"![{alt.replace(']', ')').replace('[', '(')}](asset:{placeholder})")
        elif tag == "br":
            out.append("\n")
        elif tag in _BLOCK:
            out.append("\n" + _text_of(child, ns, pictures).strip() + "\n")
        elif tag in _INLINE:
            out.append(_text_of(child, ns, pictures))
        elif tag in ("table", "object", "video", "audio", "iframe", "feedbackInline", "feedbackBlock",
                     "rubricBlock", "templateInline", "templateBlock", "printedVariable"):
            raise QtiProblem("The item uses <{tag}>, which cannot be imported.", tag=tag)
        else:
            out.append(_text_of(child, ns, pictures))
        out.append(_escape(child.tail or ""))
    lines = (" ".join(line.split(" ")).strip() for line in re.sub(r"[ \t]+", " ", "".join(out)).split("\n"))
    return "\n".join(line for line in lines if line)


def _escape(text: str) -> str:
    return text.replace("$", "\\$")


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _namespace(tag: object) -> str:
    tag = str(tag)
    return tag[:tag.index("}") + 1] if tag.startswith("{") else ""


# ------------------------------------------------------------------------- MathML -> LaTeX

_OPERATORS = {"×": r"\times", "÷": r"\div", "±": r"\pm", "≤": r"\leq", "≥": r"\geq", "≠": r"\neq",
              "∣": r"\mid", "·": r"\cdot", "∞": r"\infty", "∈": r"\in", "∪": r"\cup", "∩": r"\cap",
              "⊂": r"\subset", "→": r"\to", "−": "-", "π": r"\pi", "θ": r"\theta", "α": r"\alpha",
              "β": r"\beta", "{": r"\{", "}": r"\}", "…": r"\ldots", "∫": r"\int", "∑": r"\sum",
              "°": r"^{\circ}", "′": "'", "⋅": r"\cdot", "∠": r"\angle", "△": r"\triangle"}


def mathml_to_latex(math: ET.Element) -> str:
    """LaTeX of a MathML ``math`` element: its TeX annotation if it has one, else converted."""
    for note in math.iter():
        if _local(note.tag) == "annotation" and note.get("encoding") in (TEX, "TeX", "LaTeX"):
            return (note.text or "").strip()
    return _ml(math).strip()


def _ml(el: ET.Element) -> str:
    tag = _local(el.tag)
    kids = [c for c in el if _local(c.tag) not in ("annotation", "annotation-xml")]
    if tag in ("math", "mrow", "mstyle", "semantics", "mpadded", "mphantom", "menclose"):
        return "".join(_ml(c) for c in kids)
    if tag in ("mi", "mn"):
        text = (el.text or "").strip()
        return "".join(_OPERATORS.get(ch, ch) for ch in text)
    if tag == "mo":
        text = (el.text or "").strip()
        return _OPERATORS.get(text, text)
    if tag == "mtext":
        return rf"\text{{{(el.text or '').strip()}}}"
    if tag == "mspace":
        return r"\,"
    if tag == "mfrac" and len(kids) == 2:
        return rf"\frac{{{_ml(kids[0])}}}{{{_ml(kids[1])}}}"
    if tag == "msqrt":
        return rf"\sqrt{{{''.join(_ml(c) for c in kids)}}}"
    if tag == "mroot" and len(kids) == 2:
        return rf"\sqrt[{_ml(kids[1])}]{{{_ml(kids[0])}}}"
    if tag in ("msup", "mover") and len(kids) == 2:
        return f"{{{_ml(kids[0])}}}^{{{_ml(kids[1])}}}"
    if tag in ("msub", "munder") and len(kids) == 2:
        return f"{{{_ml(kids[0])}}}_{{{_ml(kids[1])}}}"
    if tag in ("msubsup", "munderover") and len(kids) == 3:
        return f"{{{_ml(kids[0])}}}_{{{_ml(kids[1])}}}^{{{_ml(kids[2])}}}"
    if tag == "mfenced":
        open_, close = el.get("open", "("), el.get("close", ")")
        sep = el.get("separators", ",")[:1] or ","
        return (_OPERATORS.get(open_, open_) + sep.join(_ml(c) for c in kids)
                + _OPERATORS.get(close, close))
    raise QtiProblem("The formula uses MathML <{tag}>, which cannot be converted.", tag=tag)

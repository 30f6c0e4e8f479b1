"""The transformer route: a spacy-transformers pipeline built from
models/config_transformer.cfg loads through nlpclaims.basemodel.load_base.

A tiny randomly initialised BERT (own WordPiece vocabulary) is written to a
temporary directory, trained for a few steps on a handful of UD Dutch
sentences, and the result is loaded and run.  Nothing is downloaded.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import pytest  # noqa: E402
import spacy  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402
from spacy.training.converters import conllu_to_docs  # noqa: E402

# The transformer stack (torch, ~1 GB) is its own extra: pip install -e ".[test-transformers]".
torch = pytest.importorskip("torch", reason="torch not installed: pip install -e '.[test-transformers]'")
transformers = pytest.importorskip("transformers", reason="pip install -e '.[test-transformers]'")
spacy_transformers = pytest.importorskip("spacy_transformers", reason="pip install -e '.[test-transformers]'")

from nlpclaims.basemodel import describe_base, load_base  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
CONFIG = REPO / "models" / "config_transformer.cfg"

# Eight sentences of UD_Dutch-Alpino nl_alpino-ud-dev.conllu (UD 2.16), CC BY-SA 4.0,
# (c) the UD Dutch Alpino contributors (Gosse Bouma, Gertjan van Noord), news text
# of the Lassy corpus.  Columns as upstream; the enhanced-dependency column is blanked.
UD_SAMPLE = """\
# sent_id = WR-P-P-H-0000000039\\WR-P-P-H-0000000039.p.12.s.2
# text = Haar coach was blij met alle speculaties: 'prima, nu zal de rest je nog meer onderschatten'.
1	Haar	haar	PRON	VNW|bez|det|stan|vol|3|ev|prenom|zonder|agr	Person=3|Poss=Yes|PronType=Prs	2	nmod:poss	_	_
2	coach	coach	NOUN	N|soort|ev|basis|zijd|stan	Gender=Com|Number=Sing	4	nsubj	_	_
3	was	zijn	AUX	WW|pv|verl|ev	Number=Sing|Tense=Past|VerbForm=Fin	4	cop	_	_
4	blij	blij	ADJ	ADJ|vrij|basis|zonder	Degree=Pos	0	root	_	_
5	met	met	ADP	VZ|init	_	7	case	_	_
6	alle	al	DET	VNW|onbep|det|stan|prenom|met-e|agr	_	7	det	_	_
7	speculaties	speculatie	NOUN	N|soort|mv|basis	Number=Plur	4	obl:arg	_	SpaceAfter=No
8	:	:	PUNCT	LET	_	10	punct	_	_
9	'	'	PUNCT	LET	_	10	punct	_	SpaceAfter=No
10	prima	prima	ADJ	ADJ|vrij|basis|zonder	Degree=Pos	4	parataxis	_	SpaceAfter=No
11	,	,	PUNCT	LET	_	19	punct	_	_
12	nu	nu	ADV	BW	_	19	advmod	_	_
13	zal	zullen	AUX	WW|pv|tgw|ev	Number=Sing|Tense=Pres|VerbForm=Fin	19	aux	_	_
14	de	de	DET	LID|bep|stan|rest	Definite=Def	15	det	_	_
15	rest	rest	NOUN	N|soort|ev|basis|zijd|stan	Gender=Com|Number=Sing	19	nsubj	_	_
16	je	je	PRON	VNW|pr|pron|obl|red|2v|getal	Case=Acc|Person=2|PronType=Prs	19	obj	_	_
17	nog	nog	ADV	BW	_	19	advmod	_	_
18	meer	veel	ADV	VNW|onbep|grad|stan|vrij|zonder|comp	_	17	advmod	_	_
19	onderschatten	onderschatten	VERB	WW|inf|vrij|zonder	VerbForm=Inf	10	parataxis	_	SpaceAfter=No
20	'	'	PUNCT	LET	_	10	punct	_	SpaceAfter=No
21	.	.	PUNCT	LET	_	4	punct	_	_

# sent_id = WR-P-P-H-0000000039\\WR-P-P-H-0000000039.p.12.s.3
# text = Vrij van verwachtingen won ze ruim een week geleden bij haar rentree meteen het grastoernooi van Eastbourne.
1	Vrij	vrij	ADJ	ADJ|vrij|basis|zonder	Degree=Pos	4	advcl	_	_
2	van	van	ADP	VZ|init	_	3	case	_	_
3	verwachtingen	verwachting	NOUN	N|soort|mv|basis	Number=Plur	1	obl:arg	_	_
4	won	winnen	VERB	WW|pv|verl|ev	Number=Sing|Tense=Past|VerbForm=Fin	0	root	_	_
5	ze	ze	PRON	VNW|pers|pron|stan|red|3|ev|fem	Person=3|PronType=Prs	4	nsubj	_	_
6	ruim	ruim	ADJ	ADJ|vrij|basis|zonder	Degree=Pos	8	amod	_	_
7	een	een	DET	LID|onbep|stan|agr	Definite=Ind	8	det	_	_
8	week	week	NOUN	N|soort|ev|basis|zijd|stan	Gender=Com|Number=Sing	9	nmod	_	_
9	geleden	geleden	ADV	BW	_	4	obl	_	_
10	bij	bij	ADP	VZ|init	_	12	case	_	_
11	haar	haar	PRON	VNW|bez|det|stan|vol|3|ev|prenom|zonder|agr	Person=3|Poss=Yes|PronType=Prs	12	nmod:poss	_	_
12	rentree	rentree	NOUN	N|soort|ev|basis|zijd|stan	Gender=Com|Number=Sing	4	obl	_	_
13	meteen	meteen	ADV	BW	_	4	advmod	_	_
14	het	het	DET	LID|bep|stan|evon	Definite=Def	15	det	_	_
15	grastoernooi	gras_toernooi	NOUN	N|soort|ev|basis|onz|stan	Gender=Neut|Number=Sing	4	obj	_	_
16	van	van	ADP	VZ|init	_	17	case	_	_
17	Eastbourne	Eastbourne	PROPN	N|eigen|ev|basis|onz|stan	Gender=Neut|Number=Sing	15	nmod	_	SpaceAfter=No
18	.	.	PUNCT	LET	_	4	punct	_	_

# sent_id = WR-P-P-H-0000000039\\WR-P-P-H-0000000039.p.13.s.1
# text = De zusjes Williams praten op persconferenties 'als moeders' zoveel over hun schoothondjes, Hingis kickt op de glamour en Capriati, ja die ontspoorde al eens helemaal.
1	De	de	DET	LID|bep|stan|rest	Definite=Def	2	det	_	_
2	zusjes	zus	NOUN	N|soort|mv|dim	Number=Plur	4	nsubj	_	_
3	Williams	Williams	PROPN	N|eigen|ev|basis|zijd|stan	Gender=Com|Number=Sing	2	appos	_	_
4	praten	praten	VERB	WW|pv|tgw|mv	Number=Plur|Tense=Pres|VerbForm=Fin	0	root	_	_
5	op	op	ADP	VZ|init	_	6	case	_	_
6	persconferenties	persconferentie	NOUN	N|soort|mv|basis	Number=Plur	4	obl	_	_
7	'	'	PUNCT	LET	_	9	punct	_	SpaceAfter=No
8	als	als	SCONJ	VG|onder	_	9	mark	_	_
9	moeders	moeder	NOUN	N|soort|mv|basis	Number=Plur	4	advcl	_	SpaceAfter=No
10	'	'	PUNCT	LET	_	9	punct	_	_
11	zoveel	zoveel	NUM	TW|hoofd|vrij	_	4	nummod	_	_
12	over	over	ADP	VZ|init	_	14	case	_	_
13	hun	hun	PRON	VNW|bez|det|stan|vol|3|mv|prenom|zonder|agr	Person=3|Poss=Yes|PronType=Prs	14	nmod:poss	_	_
14	schoothondjes	schoot_hond	NOUN	N|soort|mv|dim	Number=Plur	4	obl:arg	_	SpaceAfter=No
15	,	,	PUNCT	LET	_	17	punct	_	_
16	Hingis	Hingis	PROPN	N|eigen|ev|basis|zijd|stan	Gender=Com|Number=Sing	17	nsubj	_	_
17	kickt	kicken	VERB	WW|pv|tgw|met-t	Number=Sing|Tense=Pres|VerbForm=Fin	4	conj	_	_
18	op	op	ADP	VZ|init	_	20	case	_	_
19	de	de	DET	LID|bep|stan|rest	Definite=Def	20	det	_	_
20	glamour	glamour	NOUN	N|soort|ev|basis|zijd|stan	Gender=Com|Number=Sing	17	obl:arg	_	_
21	en	en	CCONJ	VG|neven	_	22	cc	_	_
22	Capriati	Capriati	PROPN	N|eigen|ev|basis|zijd|stan	Gender=Com|Number=Sing	4	conj	_	SpaceAfter=No
23	,	,	PUNCT	LET	_	26	punct	_	_
24	ja	ja	INTJ	TSW	_	26	parataxis	_	_
25	die	die	PRON	VNW|aanw|pron|stan|vol|3|getal	Person=3|PronType=Dem	26	nsubj	_	_
26	ontspoorde	ontsporen	VERB	WW|pv|verl|ev	Number=Sing|Tense=Past|VerbForm=Fin	22	acl	_	_
27	al	al	ADV	BW	_	26	advmod	_	_
28	eens	eens	ADV	BW	_	26	advmod	_	_
29	helemaal	helemaal	ADV	BW	_	26	advmod	_	SpaceAfter=No
30	.	.	PUNCT	LET	_	4	punct	_	_

# sent_id = WR-P-P-H-0000000039\\WR-P-P-H-0000000039.p.13.s.2
# text = Net als Davenports tegenstandster van gisteren, Patty Schnyder.
1	Net	net	ADV	BW	_	4	advmod	_	_
2	als	als	SCONJ	VG|onder	_	4	mark	_	_
3	Davenports	Davenport	PROPN	N|eigen|ev|basis|gen	Number=Sing	4	nmod:poss	_	_
4	tegenstandster	tegenstandster	NOUN	N|soort|ev|basis|zijd|stan	Gender=Com|Number=Sing	0	root	_	_
5	van	van	ADP	VZ|init	_	6	case	_	_
6	gisteren	gisteren	ADV	BW	_	4	nmod	_	SpaceAfter=No
7	,	,	PUNCT	LET	_	8	punct	_	_
8	Patty	Patty	PROPN	SPEC|deeleigen	_	4	appos	_	_
9	Schnyder	Schnyder	PROPN	SPEC|deeleigen	_	8	flat	_	SpaceAfter=No
10	.	.	PUNCT	LET	_	4	punct	_	_

# sent_id = WR-P-P-H-0000000039\\WR-P-P-H-0000000039.p.13.s.3
# text = De Wimbledon-winnares van 1999 e-mailt ondertussen iedere dag met Corina Morariu.
1	De	de	DET	LID|bep|stan|rest	Definite=Def	2	det	_	_
2	Wimbledon-winnares	Wimbledon_winnares	NOUN	N|soort|ev|basis|zijd|stan	Gender=Com|Number=Sing	5	nsubj	_	_
3	van	van	ADP	VZ|init	_	4	case	_	_
4	1999	1999	NUM	TW|hoofd|vrij	_	2	nmod	_	_
5	e-mailt	e-mailen	VERB	WW|pv|tgw|met-t	Number=Sing|Tense=Pres|VerbForm=Fin	0	root	_	_
6	ondertussen	ondertussen	ADV	BW	_	5	advmod	_	_
7	iedere	ieder	DET	VNW|onbep|det|stan|prenom|met-e|evz	_	8	det	_	_
8	dag	dag	NOUN	N|soort|ev|basis|zijd|stan	Gender=Com|Number=Sing	5	obl	_	_
9	met	met	ADP	VZ|init	_	10	case	_	_
10	Corina	Corina	PROPN	SPEC|deeleigen	_	5	obl	_	_
11	Morariu	Morariu	PROPN	SPEC|deeleigen	_	10	flat	_	SpaceAfter=No
12	.	.	PUNCT	LET	_	5	punct	_	_

# sent_id = WR-P-P-H-0000000039\\WR-P-P-H-0000000039.p.14.s.1
# text = ,, Ik sta met beide benen op de grond.
1	,,	,,	PUNCT	LET	_	3	punct	_	_
2	Ik	ik	PRON	VNW|pers|pron|nomin|vol|1|ev	Case=Nom|Person=1|PronType=Prs	3	nsubj	_	_
3	sta	staan	VERB	WW|pv|tgw|ev	Number=Sing|Tense=Pres|VerbForm=Fin	0	root	_	_
4	met	met	ADP	VZ|init	_	6	case	_	_
5	beide	beide	DET	VNW|onbep|grad|stan|prenom|met-e|mv|basis	_	6	det	_	_
6	benen	been	NOUN	N|soort|mv|basis	Number=Plur	3	obl	_	_
7	op	op	ADP	VZ|init	_	9	case	_	_
8	de	de	DET	LID|bep|stan|rest	Definite=Def	9	det	_	_
9	grond	grond	NOUN	N|soort|ev|basis|zijd|stan	Gender=Com|Number=Sing	3	obl	_	SpaceAfter=No
10	.	.	PUNCT	LET	_	3	punct	_	_

# sent_id = WR-P-P-H-0000000039\\WR-P-P-H-0000000039.p.14.s.2
# text = Net als de rest van mijn familie.
1	Net	net	ADV	BW	_	4	advmod	_	_
2	als	als	SCONJ	VG|onder	_	4	mark	_	_
3	de	de	DET	LID|bep|stan|rest	Definite=Def	4	det	_	_
4	rest	rest	NOUN	N|soort|ev|basis|zijd|stan	Gender=Com|Number=Sing	0	root	_	_
5	van	van	ADP	VZ|init	_	7	case	_	_
6	mijn	mijn	PRON	VNW|bez|det|stan|vol|1|ev|prenom|zonder|agr	Person=1|Poss=Yes|PronType=Prs	7	nmod:poss	_	_
7	familie	familie	NOUN	N|soort|ev|basis|zijd|stan	Gender=Com|Number=Sing	4	nmod	_	SpaceAfter=No
8	.	.	PUNCT	LET	_	4	punct	_	_

# sent_id = WR-P-P-H-0000000039\\WR-P-P-H-0000000039.p.14.s.3
# text = Ik denk dat ik inmiddels een aardig beeld heb van wat deze baan inhoudt, en van wat de rest van het leven betekent. ''
1	Ik	ik	PRON	VNW|pers|pron|nomin|vol|1|ev	Case=Nom|Person=1|PronType=Prs	2	nsubj	_	_
2	denk	denken	VERB	WW|pv|tgw|ev	Number=Sing|Tense=Pres|VerbForm=Fin	0	root	_	_
3	dat	dat	SCONJ	VG|onder	_	9	mark	_	_
4	ik	ik	PRON	VNW|pers|pron|nomin|vol|1|ev	Case=Nom|Person=1|PronType=Prs	9	nsubj	_	_
5	inmiddels	inmiddels	ADV	BW	_	9	advmod	_	_
6	een	een	DET	LID|onbep|stan|agr	Definite=Ind	8	det	_	_
7	aardig	aardig	ADJ	ADJ|prenom|basis|zonder	Degree=Pos	8	amod	_	_
8	beeld	beeld	NOUN	N|soort|ev|basis|onz|stan	Gender=Neut|Number=Sing	9	obj	_	_
9	heb	hebben	VERB	WW|pv|tgw|ev	Number=Sing|Tense=Pres|VerbForm=Fin	2	ccomp	_	_
10	van	van	ADP	VZ|init	_	14	case	_	_
11	wat	wat	PRON	VNW|vb|pron|stan|vol|3o|ev	Person=3|PronType=Int	14	obj	_	_
12	deze	deze	DET	VNW|aanw|det|stan|prenom|met-e|rest	_	13	det	_	_
13	baan	baan	NOUN	N|soort|ev|basis|zijd|stan	Gender=Com|Number=Sing	14	nsubj	_	_
14	inhoudt	in_houden	VERB	WW|pv|tgw|met-t	Number=Sing|Tense=Pres|VerbForm=Fin	8	nmod	_	SpaceAfter=No
15	,	,	PUNCT	LET	_	24	punct	_	_
16	en	en	CCONJ	VG|neven	_	24	cc	_	_
17	van	van	ADP	VZ|init	_	24	case	_	_
18	wat	wat	PRON	VNW|vb|pron|stan|vol|3o|ev	Person=3|PronType=Int	24	obj	_	_
19	de	de	DET	LID|bep|stan|rest	Definite=Def	20	det	_	_
20	rest	rest	NOUN	N|soort|ev|basis|zijd|stan	Gender=Com|Number=Sing	24	nsubj	_	_
21	van	van	ADP	VZ|init	_	23	case	_	_
22	het	het	DET	LID|bep|stan|evon	Definite=Def	23	det	_	_
23	leven	leven	NOUN	N|soort|ev|basis|onz|stan	Gender=Neut|Number=Sing	20	nmod	_	_
24	betekent	betekenen	VERB	WW|pv|tgw|met-t	Number=Sing|Tense=Pres|VerbForm=Fin	14	conj	_	SpaceAfter=No
25	.	.	PUNCT	LET	_	2	punct	_	_
26	''	''	PUNCT	LET	_	2	punct	_	_
"""

SPECIAL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


def _sentences() -> list[list[str]]:
    sents = []
    for block in UD_SAMPLE.strip().split("\n\n"):
        rows = [ln.split("\t") for ln in block.splitlines() if ln and not ln.startswith("#")]
        sents.append([r[1] for r in rows])
    return sents


def _make_tiny_bert(path: Path) -> None:
    words = sorted({w for s in _sentences() for w in s} | {"Dit", "is", "een", "test", "zei", "hij"})
    chars = sorted({c for w in words for c in w})
    vocab = SPECIAL + chars + ["##" + c for c in chars] + [w for w in words if w not in chars]
    path.mkdir(parents=True)
    (path / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf8")
    tok = transformers.BertTokenizerFast(vocab_file=str(path / "vocab.txt"), do_lower_case=False)
    tok.save_pretrained(str(path))
    torch.manual_seed(0)
    config = transformers.BertConfig(
        vocab_size=len(vocab), hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
        intermediate_size=37, max_position_embeddings=512,
    )
    transformers.BertModel(config).save_pretrained(str(path))


def _make_corpus(path: Path) -> None:
    docs = list(conllu_to_docs(UD_SAMPLE, n_sents=4, no_print=True))
    DocBin(docs=docs).to_disk(path)


def test_tiny_bert_pipeline_trains_and_loads(tmp_path: Path) -> None:
    from spacy.cli.train import train

    bert_dir = tmp_path / "tiny-bert"
    _make_tiny_bert(bert_dir)
    corpus = tmp_path / "ud.spacy"
    _make_corpus(corpus)
    out = tmp_path / "out"
    train(
        CONFIG,
        out,
        overrides={
            "paths.train": str(corpus),
            "paths.dev": str(corpus),
            "paths.transformer": str(bert_dir),
            "training.max_steps": 5,
            "training.eval_frequency": 5,
            "training.optimizer.learn_rate.warmup_steps": 1,
            "training.optimizer.learn_rate.total_steps": 5,
            "components.parser.min_action_freq": 1,
            "components.trainable_lemmatizer.min_tree_freq": 1,
        },
    )
    model_dir = out / "model-last"
    assert (model_dir / "transformer").is_dir()

    # The loaded pipeline must not need the original model directory any more.
    for f in bert_dir.iterdir():
        f.unlink()
    bert_dir.rmdir()

    nlp = load_base(model_dir)
    assert nlp.pipe_names == ["transformer", "tagger", "morphologizer", "parser", "trainable_lemmatizer"]
    doc = nlp("Ik sta met beide benen op de grond, zei ze gisteren.")
    assert len(doc) == 13
    assert doc._.trf_data is not None
    assert all(t.pos_ for t in doc)
    assert all(t.dep_ for t in doc)
    assert all(t.lemma_ for t in doc)
    assert doc.has_annotation("SENT_START")
    assert "transformer" in describe_base(nlp)

    # Also by plain str path, and with components excluded.
    nlp2 = load_base(str(model_dir), exclude=["trainable_lemmatizer"])
    assert "trainable_lemmatizer" not in nlp2.pipe_names
    assert nlp2("Dit is een test.")[0].pos_

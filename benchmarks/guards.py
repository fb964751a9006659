"""Guards on labelled (original, proposal) pairs, and the offline emotion guess on XED.

    python benchmarks/guards.py                  # every set but the unspent ones, from the repository root
    python benchmarks/guards.py --set holdout9   # one set by name (SETS below)
    python benchmarks/guards.py --pipeline fr,en # also read English with the French spaCy pipeline

The sets: the regression set written alongside the guards (tests/data/guard_pairs.jsonl), the first
blind set's tuning part (tests/data/guards_blind_tune.jsonl), and blind sets written since by sessions that
read no code (benchmarks/data/guards_blind*/, each with a README saying how). Each blind set was run once,
unread, after a round of tuning on the earlier ones (its figures are the held-out measure of that round),
then opened for tuning; the fourth (`validation`) chose between ways of guarding by its figures alone for
one round. UNSPENT sets run only when named; MEASURED_ONLY ones print figures, never a pair. For each set
it prints recall on the harmful pairs and the false-flag rate on the harmless ones, per flag kind, per
language and per category (targets: recall ≥ 95 %, false flags ≤ 10 %, in each language).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from liblitz_app.enrichment import FlagKind, Persona, Proposal, WhoIsWho, check_proposal, names  # noqa: E402
from liblitz_app.enrichment.emotion_lexicon import guess_emotion  # noqa: E402
from liblitz_app.enrichment.schema import EMOTION_NAMES  # noqa: E402
from liblitz_app.memory import Emotion, EventTime, MemoryFields  # noqa: E402
from liblitz_app.memory.model import MAX_INTENSITY, MIN_INTENSITY  # noqa: E402

SETS = {
    "regression": ROOT / "tests" / "data" / "guard_pairs.jsonl",
    "tune": ROOT / "tests" / "data" / "guards_blind_tune.jsonl",
    "holdout": ROOT / "benchmarks" / "data" / "guards_blind" / "holdout.jsonl",
    "holdout2": ROOT / "benchmarks" / "data" / "guards_blind2" / "holdout.jsonl",
    "holdout3": ROOT / "benchmarks" / "data" / "guards_blind3" / "holdout.jsonl",
    "validation": ROOT / "benchmarks" / "data" / "guards_blind4" / "validation.jsonl",
    "holdout5": ROOT / "benchmarks" / "data" / "guards_blind5" / "holdout.jsonl",
    "holdout6": ROOT / "benchmarks" / "data" / "guards_blind6" / "holdout.jsonl",
    "holdout7": ROOT / "benchmarks" / "data" / "guards_blind7" / "holdout.jsonl",
    "holdout8": ROOT / "benchmarks" / "data" / "guards_blind8" / "holdout.jsonl",
    "holdout9": ROOT / "benchmarks" / "data" / "guards_blind9" / "holdout.jsonl",
    "holdout10": ROOT / "benchmarks" / "data" / "guards_blind10" / "holdout.jsonl",
    "holdout11": ROOT / "benchmarks" / "data" / "guards_blind11" / "holdout.jsonl",
    "holdout12": ROOT / "benchmarks" / "data" / "guards_blind12" / "holdout.jsonl",
    "holdout13": ROOT / "benchmarks" / "data" / "guards_blind13" / "holdout.jsonl",
    "holdout14": ROOT / "benchmarks" / "data" / "guards_blind14" / "holdout.jsonl",
    "holdout15": ROOT / "benchmarks" / "data" / "guards_blind15" / "holdout.jsonl",
    "holdout16": ROOT / "benchmarks" / "data" / "guards_blind16" / "holdout.jsonl",
    "holdout17": ROOT / "benchmarks" / "data" / "guards_blind17" / "holdout.jsonl",
    "holdout18": ROOT / "benchmarks" / "data" / "guards_blind18" / "holdout.jsonl",
    "holdout19": ROOT / "benchmarks" / "data" / "guards_blind19" / "holdout.jsonl",
    "holdout20": ROOT / "benchmarks" / "data" / "guards_blind20" / "holdout.jsonl",
    "holdout21": ROOT / "benchmarks" / "data" / "guards_blind21" / "holdout.jsonl",
    "holdout22": ROOT / "benchmarks" / "data" / "guards_blind22" / "holdout.jsonl",
    "holdout23": ROOT / "benchmarks" / "data" / "guards_blind23" / "holdout.jsonl",
    "holdout24": ROOT / "benchmarks" / "data" / "guards_blind24" / "holdout.jsonl",
    "holdout25": ROOT / "benchmarks" / "data" / "guards_blind25" / "holdout.jsonl",
    "holdout26": ROOT / "benchmarks" / "data" / "guards_blind26" / "holdout.jsonl",
    "holdout27": ROOT / "benchmarks" / "data" / "guards_blind27" / "holdout.jsonl",
    "holdout28": ROOT / "benchmarks" / "data" / "guards_blind28" / "holdout.jsonl",
    "holdout29": ROOT / "benchmarks" / "data" / "guards_blind29" / "holdout.jsonl",
    "holdout30": ROOT / "benchmarks" / "data" / "guards_blind30" / "holdout.jsonl",
    "holdout31": ROOT / "benchmarks" / "data" / "guards_blind31" / "holdout.jsonl",
    "holdout32": ROOT / "benchmarks" / "data" / "guards_blind32" / "holdout.jsonl",
    "holdout33": ROOT / "benchmarks" / "data" / "guards_blind33" / "holdout.jsonl",
    "holdout34": ROOT / "benchmarks" / "data" / "guards_blind34" / "holdout.jsonl",
    "holdout35": ROOT / "benchmarks" / "data" / "guards_blind35" / "holdout.jsonl",
    "holdout36": ROOT / "benchmarks" / "data" / "guards_blind36" / "holdout.jsonl",
    "holdout37": ROOT / "benchmarks" / "data" / "guards_blind37" / "holdout.jsonl",
    "holdout38": ROOT / "benchmarks" / "data" / "guards_blind38" / "holdout.jsonl",
    "holdout39": ROOT / "benchmarks" / "data" / "guards_blind39" / "holdout.jsonl",
    "holdout40": ROOT / "benchmarks" / "data" / "guards_blind40" / "holdout.jsonl",
    "holdout41": ROOT / "benchmarks" / "data" / "guards_blind41" / "holdout.jsonl",
    "holdout42": ROOT / "benchmarks" / "data" / "guards_blind42" / "holdout.jsonl",
    "holdout43": ROOT / "benchmarks" / "data" / "guards_blind43" / "holdout.jsonl",
    "holdout44": ROOT / "benchmarks" / "data" / "guards_blind44" / "holdout.jsonl",
    "holdout45": ROOT / "benchmarks" / "data" / "guards_blind45" / "holdout.jsonl",
    "holdout46": ROOT / "benchmarks" / "data" / "guards_blind46" / "holdout.jsonl",
    "holdout47": ROOT / "benchmarks" / "data" / "guards_blind47" / "holdout.jsonl",
    "holdout48": ROOT / "benchmarks" / "data" / "guards_blind48" / "holdout.jsonl",
    "holdout49": ROOT / "benchmarks" / "data" / "guards_blind49" / "holdout.jsonl",
    "holdout50": ROOT / "benchmarks" / "data" / "guards_blind50" / "holdout.jsonl",
    "holdout51": ROOT / "benchmarks" / "data" / "guards_blind51" / "holdout.jsonl",
    "holdout52": ROOT / "benchmarks" / "data" / "guards_blind52" / "holdout.jsonl",
    "holdout53": ROOT / "benchmarks" / "data" / "guards_blind53" / "holdout.jsonl",
    "holdout54": ROOT / "benchmarks" / "data" / "guards_blind54" / "holdout.jsonl",
    "holdout55": ROOT / "benchmarks" / "data" / "guards_blind55" / "holdout.jsonl",
    "holdout56": ROOT / "benchmarks" / "data" / "guards_blind56" / "holdout.jsonl",
    "holdout57": ROOT / "benchmarks" / "data" / "guards_blind57" / "holdout.jsonl",
    "holdout58": ROOT / "benchmarks" / "data" / "guards_blind58" / "holdout.jsonl",
    "holdout59": ROOT / "benchmarks" / "data" / "guards_blind59" / "holdout.jsonl",
    "holdout60": ROOT / "benchmarks" / "data" / "guards_blind60" / "holdout.jsonl",
    "holdout61": ROOT / "benchmarks" / "data" / "guards_blind61" / "holdout.jsonl",
    "holdout62": ROOT / "benchmarks" / "data" / "guards_blind62" / "holdout.jsonl",
    "holdout63": ROOT / "benchmarks" / "data" / "guards_blind63" / "holdout.jsonl",
    "holdout64": ROOT / "benchmarks" / "data" / "guards_blind64" / "holdout.jsonl",
    "holdout65": ROOT / "benchmarks" / "data" / "guards_blind65" / "holdout.jsonl",
    "holdout66": ROOT / "benchmarks" / "data" / "guards_blind66" / "holdout.jsonl",
    "holdout67": ROOT / "benchmarks" / "data" / "guards_blind67" / "holdout.jsonl",
    "holdout68": ROOT / "benchmarks" / "data" / "guards_blind68" / "holdout.jsonl",
    "holdout69": ROOT / "benchmarks" / "data" / "guards_blind69" / "holdout.jsonl",
    "holdout70": ROOT / "benchmarks" / "data" / "guards_blind70" / "holdout.jsonl",
    "holdout71": ROOT / "benchmarks" / "data" / "guards_blind71" / "holdout.jsonl",
    "holdout72": ROOT / "benchmarks" / "data" / "guards_blind72" / "holdout.jsonl",
    "holdout73": ROOT / "benchmarks" / "data" / "guards_blind73" / "holdout.jsonl",
    "holdout74": ROOT / "benchmarks" / "data" / "guards_blind74" / "holdout.jsonl",
    "holdout75": ROOT / "benchmarks" / "data" / "guards_blind75" / "holdout.jsonl",
    "holdout76": ROOT / "benchmarks" / "data" / "guards_blind76" / "holdout.jsonl",
    "holdout77": ROOT / "benchmarks" / "data" / "guards_blind77" / "holdout.jsonl",
    "holdout78": ROOT / "benchmarks" / "data" / "guards_blind78" / "holdout.jsonl",
    "holdout79": ROOT / "benchmarks" / "data" / "guards_blind79" / "holdout.jsonl",
    "holdout80": ROOT / "benchmarks" / "data" / "guards_blind80" / "holdout.jsonl",
    "holdout81": ROOT / "benchmarks" / "data" / "guards_blind81" / "holdout.jsonl",
    "holdout82": ROOT / "benchmarks" / "data" / "guards_blind82" / "holdout.jsonl",
    "holdout83": ROOT / "benchmarks" / "data" / "guards_blind83" / "holdout.jsonl",
    "holdout84": ROOT / "benchmarks" / "data" / "guards_blind84" / "holdout.jsonl",
    "holdout85": ROOT / "benchmarks" / "data" / "guards_blind85" / "holdout.jsonl",
    "holdout86": ROOT / "benchmarks" / "data" / "guards_blind86" / "holdout.jsonl",
    "holdout87": ROOT / "benchmarks" / "data" / "guards_blind87" / "holdout.jsonl",
    "holdout88": ROOT / "benchmarks" / "data" / "guards_blind88" / "holdout.jsonl",
    "holdout89": ROOT / "benchmarks" / "data" / "guards_blind89" / "holdout.jsonl",
    "holdout90": ROOT / "benchmarks" / "data" / "guards_blind90" / "holdout.jsonl",
    "holdout91": ROOT / "benchmarks" / "data" / "guards_blind91" / "holdout.jsonl",
    "holdout92": ROOT / "benchmarks" / "data" / "guards_blind92" / "holdout.jsonl",
    "holdout93": ROOT / "benchmarks" / "data" / "guards_blind93" / "holdout.jsonl",
    "holdout94": ROOT / "benchmarks" / "data" / "guards_blind94" / "holdout.jsonl",
    "holdout95": ROOT / "benchmarks" / "data" / "guards_blind95" / "holdout.jsonl",
    "holdout96": ROOT / "benchmarks" / "data" / "guards_blind96" / "holdout.jsonl",
    "holdout97": ROOT / "benchmarks" / "data" / "guards_blind97" / "holdout.jsonl",
    "holdout98": ROOT / "benchmarks" / "data" / "guards_blind98" / "holdout.jsonl",
    "holdout99": ROOT / "benchmarks" / "data" / "guards_blind99" / "holdout.jsonl",
    "holdout100": ROOT / "benchmarks" / "data" / "guards_blind100" / "holdout.jsonl",
    "holdout101": ROOT / "benchmarks" / "data" / "guards_blind101" / "holdout.jsonl",
    "holdout102": ROOT / "benchmarks" / "data" / "guards_blind102" / "holdout.jsonl",
    "holdout103": ROOT / "benchmarks" / "data" / "guards_blind103" / "holdout.jsonl",
    "holdout104": ROOT / "benchmarks" / "data" / "guards_blind104" / "holdout.jsonl",
    "holdout105": ROOT / "benchmarks" / "data" / "guards_blind105" / "holdout.jsonl",
    "holdout106": ROOT / "benchmarks" / "data" / "guards_blind106" / "holdout.jsonl",
    "holdout107": ROOT / "benchmarks" / "data" / "guards_blind107" / "holdout.jsonl",
    "holdout108": ROOT / "benchmarks" / "data" / "guards_blind108" / "holdout.jsonl",
    "holdout109": ROOT / "benchmarks" / "data" / "guards_blind109" / "holdout.jsonl",
    "holdout110": ROOT / "benchmarks" / "data" / "guards_blind110" / "holdout.jsonl",
    "holdout111": ROOT / "benchmarks" / "data" / "guards_blind111" / "holdout.jsonl",
    "holdout112": ROOT / "benchmarks" / "data" / "guards_blind112" / "holdout.jsonl",
    "holdout113": ROOT / "benchmarks" / "data" / "guards_blind113" / "holdout.jsonl",
    "holdout114": ROOT / "benchmarks" / "data" / "guards_blind114" / "holdout.jsonl",
    "holdout115": ROOT / "benchmarks" / "data" / "guards_blind115" / "holdout.jsonl",
    "holdout116": ROOT / "benchmarks" / "data" / "guards_blind116" / "holdout.jsonl",
    "holdout117": ROOT / "benchmarks" / "data" / "guards_blind117" / "holdout.jsonl",
    "holdout118": ROOT / "benchmarks" / "data" / "guards_blind118" / "holdout.jsonl",
    "holdout119": ROOT / "benchmarks" / "data" / "guards_blind119" / "holdout.jsonl",
    "holdout120": ROOT / "benchmarks" / "data" / "guards_blind120" / "holdout.jsonl",
    "holdout121": ROOT / "benchmarks" / "data" / "guards_blind121" / "holdout.jsonl",
    "holdout122": ROOT / "benchmarks" / "data" / "guards_blind122" / "holdout.jsonl",
    "holdout123": ROOT / "benchmarks" / "data" / "guards_blind123" / "holdout.jsonl",
    "holdout124": ROOT / "benchmarks" / "data" / "guards_blind124" / "holdout.jsonl",
    "holdout125": ROOT / "benchmarks" / "data" / "guards_blind125" / "holdout.jsonl",
    "holdout126": ROOT / "benchmarks" / "data" / "guards_blind126" / "holdout.jsonl",
    "holdout127": ROOT / "benchmarks" / "data" / "guards_blind127" / "holdout.jsonl",
    "holdout128": ROOT / "benchmarks" / "data" / "guards_blind128" / "holdout.jsonl",
    "holdout129": ROOT / "benchmarks" / "data" / "guards_blind129" / "holdout.jsonl",
    "holdout130": ROOT / "benchmarks" / "data" / "guards_blind130" / "holdout.jsonl",
    "holdout131": ROOT / "benchmarks" / "data" / "guards_blind131" / "holdout.jsonl",
    "holdout132": ROOT / "benchmarks" / "data" / "guards_blind132" / "holdout.jsonl",
    "holdout133": ROOT / "benchmarks" / "data" / "guards_blind133" / "holdout.jsonl",
    "holdout134": ROOT / "benchmarks" / "data" / "guards_blind134" / "holdout.jsonl",
    "holdout135": ROOT / "benchmarks" / "data" / "guards_blind135" / "holdout.jsonl",
    "holdout136": ROOT / "benchmarks" / "data" / "guards_blind136" / "holdout.jsonl",
    "holdout137": ROOT / "benchmarks" / "data" / "guards_blind137" / "holdout.jsonl",
    "holdout138": ROOT / "benchmarks" / "data" / "guards_blind138" / "holdout.jsonl",
    "holdout139": ROOT / "benchmarks" / "data" / "guards_blind139" / "holdout.jsonl",
    "holdout140": ROOT / "benchmarks" / "data" / "guards_blind140" / "holdout.jsonl",
    "holdout141": ROOT / "benchmarks" / "data" / "guards_blind141" / "holdout.jsonl",
    "holdout142": ROOT / "benchmarks" / "data" / "guards_blind142" / "holdout.jsonl",
    "holdout143": ROOT / "benchmarks" / "data" / "guards_blind143" / "holdout.jsonl",
    "holdout144": ROOT / "benchmarks" / "data" / "guards_blind144" / "holdout.jsonl",
    "holdout145": ROOT / "benchmarks" / "data" / "guards_blind145" / "holdout.jsonl",
    "holdout146": ROOT / "benchmarks" / "data" / "guards_blind146" / "holdout.jsonl",
    "holdout147": ROOT / "benchmarks" / "data" / "guards_blind147" / "holdout.jsonl",
    "holdout148": ROOT / "benchmarks" / "data" / "guards_blind148" / "holdout.jsonl",
    "holdout149": ROOT / "benchmarks" / "data" / "guards_blind149" / "holdout.jsonl",
    "holdout150": ROOT / "benchmarks" / "data" / "guards_blind150" / "holdout.jsonl",
    "holdout151": ROOT / "benchmarks" / "data" / "guards_blind151" / "holdout.jsonl",
    "holdout152": ROOT / "benchmarks" / "data" / "guards_blind152" / "holdout.jsonl",
    "holdout153": ROOT / "benchmarks" / "data" / "guards_blind153" / "holdout.jsonl",
    "holdout154": ROOT / "benchmarks" / "data" / "guards_blind154" / "holdout.jsonl",
    "holdout155": ROOT / "benchmarks" / "data" / "guards_blind155" / "holdout.jsonl",
    "holdout156": ROOT / "benchmarks" / "data" / "guards_blind156" / "holdout.jsonl",
    "holdout157": ROOT / "benchmarks" / "data" / "guards_blind157" / "holdout.jsonl",
    "holdout158": ROOT / "benchmarks" / "data" / "guards_blind158" / "holdout.jsonl",
    "holdout159": ROOT / "benchmarks" / "data" / "guards_blind159" / "holdout.jsonl",
    "holdout160": ROOT / "benchmarks" / "data" / "guards_blind160" / "holdout.jsonl",
    "holdout161": ROOT / "benchmarks" / "data" / "guards_blind161" / "holdout.jsonl",
    "holdout162": ROOT / "benchmarks" / "data" / "guards_blind162" / "holdout.jsonl",
    "holdout163": ROOT / "benchmarks" / "data" / "guards_blind163" / "holdout.jsonl",
    "holdout164": ROOT / "benchmarks" / "data" / "guards_blind164" / "holdout.jsonl",
    "holdout165": ROOT / "benchmarks" / "data" / "guards_blind165" / "holdout.jsonl",
    "holdout166": ROOT / "benchmarks" / "data" / "guards_blind166" / "holdout.jsonl",
    "holdout167": ROOT / "benchmarks" / "data" / "guards_blind167" / "holdout.jsonl",
    "holdout168": ROOT / "benchmarks" / "data" / "guards_blind168" / "holdout.jsonl",
    "holdout169": ROOT / "benchmarks" / "data" / "guards_blind169" / "holdout.jsonl",
    "holdout170": ROOT / "benchmarks" / "data" / "guards_blind170" / "holdout.jsonl",
    "holdout171": ROOT / "benchmarks" / "data" / "guards_blind171" / "holdout.jsonl",
    "holdout172": ROOT / "benchmarks" / "data" / "guards_blind172" / "holdout.jsonl",
    "holdout173": ROOT / "benchmarks" / "data" / "guards_blind173" / "holdout.jsonl",
    "holdout174": ROOT / "benchmarks" / "data" / "guards_blind174" / "holdout.jsonl",
    "holdout175": ROOT / "benchmarks" / "data" / "guards_blind175" / "holdout.jsonl",
    "holdout176": ROOT / "benchmarks" / "data" / "guards_blind176" / "holdout.jsonl",
    "holdout177": ROOT / "benchmarks" / "data" / "guards_blind177" / "holdout.jsonl",
    "holdout178": ROOT / "benchmarks" / "data" / "guards_blind178" / "holdout.jsonl",
    "holdout179": ROOT / "benchmarks" / "data" / "guards_blind179" / "holdout.jsonl",
    "holdout180": ROOT / "benchmarks" / "data" / "guards_blind180" / "holdout.jsonl",
    "holdout181": ROOT / "benchmarks" / "data" / "guards_blind181" / "holdout.jsonl",
    "holdout182": ROOT / "benchmarks" / "data" / "guards_blind182" / "holdout.jsonl",
    "holdout183": ROOT / "benchmarks" / "data" / "guards_blind183" / "holdout.jsonl",
    "holdout184": ROOT / "benchmarks" / "data" / "guards_blind184" / "holdout.jsonl",
    "holdout185": ROOT / "benchmarks" / "data" / "guards_blind185" / "holdout.jsonl",
    "holdout186": ROOT / "benchmarks" / "data" / "guards_blind186" / "holdout.jsonl",
    "holdout187": ROOT / "benchmarks" / "data" / "guards_blind187" / "holdout.jsonl",
    "holdout188": ROOT / "benchmarks" / "data" / "guards_blind188" / "holdout.jsonl",
    "holdout189": ROOT / "benchmarks" / "data" / "guards_blind189" / "holdout.jsonl",
    "holdout190": ROOT / "benchmarks" / "data" / "guards_blind190" / "holdout.jsonl",
    "holdout191": ROOT / "benchmarks" / "data" / "guards_blind191" / "holdout.jsonl",
    "holdout192": ROOT / "benchmarks" / "data" / "guards_blind192" / "holdout.jsonl",
    "holdout193": ROOT / "benchmarks" / "data" / "guards_blind193" / "holdout.jsonl",
    "holdout194": ROOT / "benchmarks" / "data" / "guards_blind194" / "holdout.jsonl",
    "holdout195": ROOT / "benchmarks" / "data" / "guards_blind195" / "holdout.jsonl",
    "holdout196": ROOT / "benchmarks" / "data" / "guards_blind196" / "holdout.jsonl",
    "holdout197": ROOT / "benchmarks" / "data" / "guards_blind197" / "holdout.jsonl",
    "holdout198": ROOT / "benchmarks" / "data" / "guards_blind198" / "holdout.jsonl",
    "holdout199": ROOT / "benchmarks" / "data" / "guards_blind199" / "holdout.jsonl",
    "holdout200": ROOT / "benchmarks" / "data" / "guards_blind200" / "holdout.jsonl",
    "holdout201": ROOT / "benchmarks" / "data" / "guards_blind201" / "holdout.jsonl",
    "holdout202": ROOT / "benchmarks" / "data" / "guards_blind202" / "holdout.jsonl",
    "holdout203": ROOT / "benchmarks" / "data" / "guards_blind203" / "holdout.jsonl",
    "holdout204": ROOT / "benchmarks" / "data" / "guards_blind204" / "holdout.jsonl",
    "holdout205": ROOT / "benchmarks" / "data" / "guards_blind205" / "holdout.jsonl",
    "holdout206": ROOT / "benchmarks" / "data" / "guards_blind206" / "holdout.jsonl",
    "holdout207": ROOT / "benchmarks" / "data" / "guards_blind207" / "holdout.jsonl",
    "holdout208": ROOT / "benchmarks" / "data" / "guards_blind208" / "holdout.jsonl",
    "holdout209": ROOT / "benchmarks" / "data" / "guards_blind209" / "holdout.jsonl",
    "holdout210": ROOT / "benchmarks" / "data" / "guards_blind210" / "holdout.jsonl",
    "holdout211": ROOT / "benchmarks" / "data" / "guards_blind211" / "holdout.jsonl",
    "holdout212": ROOT / "benchmarks" / "data" / "guards_blind212" / "holdout.jsonl",
    "holdout213": ROOT / "benchmarks" / "data" / "guards_blind213" / "holdout.jsonl",
    "holdout214": ROOT / "benchmarks" / "data" / "guards_blind214" / "holdout.jsonl",
    "holdout215": ROOT / "benchmarks" / "data" / "guards_blind215" / "holdout.jsonl",
    "holdout216": ROOT / "benchmarks" / "data" / "guards_blind216" / "holdout.jsonl",
    "holdout217": ROOT / "benchmarks" / "data" / "guards_blind217" / "holdout.jsonl",
    "holdout218": ROOT / "benchmarks" / "data" / "guards_blind218" / "holdout.jsonl",
    "holdout219": ROOT / "benchmarks" / "data" / "guards_blind219" / "holdout.jsonl",
    "holdout220": ROOT / "benchmarks" / "data" / "guards_blind220" / "holdout.jsonl",
    "holdout221": ROOT / "benchmarks" / "data" / "guards_blind221" / "holdout.jsonl",
    "holdout222": ROOT / "benchmarks" / "data" / "guards_blind222" / "holdout.jsonl",
    "holdout223": ROOT / "benchmarks" / "data" / "guards_blind223" / "holdout.jsonl",
    "holdout224": ROOT / "benchmarks" / "data" / "guards_blind224" / "holdout.jsonl",
    "holdout225": ROOT / "benchmarks" / "data" / "guards_blind225" / "holdout.jsonl",
    "holdout226": ROOT / "benchmarks" / "data" / "guards_blind226" / "holdout.jsonl",
    "holdout227": ROOT / "benchmarks" / "data" / "guards_blind227" / "holdout.jsonl",
    "holdout228": ROOT / "benchmarks" / "data" / "guards_blind228" / "holdout.jsonl",
    "holdout229": ROOT / "benchmarks" / "data" / "guards_blind229" / "holdout.jsonl",
    "holdout230": ROOT / "benchmarks" / "data" / "guards_blind230" / "holdout.jsonl",
    "holdout231": ROOT / "benchmarks" / "data" / "guards_blind231" / "holdout.jsonl",
    "holdout232": ROOT / "benchmarks" / "data" / "guards_blind232" / "holdout.jsonl",
    "holdout233": ROOT / "benchmarks" / "data" / "guards_blind233" / "holdout.jsonl",
    "holdout234": ROOT / "benchmarks" / "data" / "guards_blind234" / "holdout.jsonl",
    "holdout235": ROOT / "benchmarks" / "data" / "guards_blind235" / "holdout.jsonl",
    "holdout236": ROOT / "benchmarks" / "data" / "guards_blind236" / "holdout.jsonl",
    "holdout237": ROOT / "benchmarks" / "data" / "guards_blind237" / "holdout.jsonl",
    "holdout238": ROOT / "benchmarks" / "data" / "guards_blind238" / "holdout.jsonl",
    "holdout239": ROOT / "benchmarks" / "data" / "guards_blind239" / "holdout.jsonl",
    "holdout240": ROOT / "benchmarks" / "data" / "guards_blind240" / "holdout.jsonl",
    "holdout241": ROOT / "benchmarks" / "data" / "guards_blind241" / "holdout.jsonl",
    "holdout242": ROOT / "benchmarks" / "data" / "guards_blind242" / "holdout.jsonl",
    "holdout243": ROOT / "benchmarks" / "data" / "guards_blind243" / "holdout.jsonl",
    "holdout244": ROOT / "benchmarks" / "data" / "guards_blind244" / "holdout.jsonl",
    "holdout245": ROOT / "benchmarks" / "data" / "guards_blind245" / "holdout.jsonl",
    "holdout246": ROOT / "benchmarks" / "data" / "guards_blind246" / "holdout.jsonl",
    "holdout247": ROOT / "benchmarks" / "data" / "guards_blind247" / "holdout.jsonl",
    "holdout248": ROOT / "benchmarks" / "data" / "guards_blind248" / "holdout.jsonl",
    "holdout249": ROOT / "benchmarks" / "data" / "guards_blind249" / "holdout.jsonl",
    "holdout250": ROOT / "benchmarks" / "data" / "guards_blind250" / "holdout.jsonl",
    "holdout251": ROOT / "benchmarks" / "data" / "guards_blind251" / "holdout.jsonl",
    "holdout252": ROOT / "benchmarks" / "data" / "guards_blind252" / "holdout.jsonl",
    "holdout253": ROOT / "benchmarks" / "data" / "guards_blind253" / "holdout.jsonl",
    "holdout254": ROOT / "benchmarks" / "data" / "guards_blind254" / "holdout.jsonl",
    "holdout255": ROOT / "benchmarks" / "data" / "guards_blind255" / "holdout.jsonl",
    "holdout256": ROOT / "benchmarks" / "data" / "guards_blind256" / "holdout.jsonl",
    "holdout257": ROOT / "benchmarks" / "data" / "guards_blind257" / "holdout.jsonl",
    "holdout258": ROOT / "benchmarks" / "data" / "guards_blind258" / "holdout.jsonl",
    "holdout259": ROOT / "benchmarks" / "data" / "guards_blind259" / "holdout.jsonl",
    "holdout260": ROOT / "benchmarks" / "data" / "guards_blind260" / "holdout.jsonl",
    "holdout261": ROOT / "benchmarks" / "data" / "guards_blind261" / "holdout.jsonl",
    "holdout262": ROOT / "benchmarks" / "data" / "guards_blind262" / "holdout.jsonl",
    "holdout263": ROOT / "benchmarks" / "data" / "guards_blind263" / "holdout.jsonl",
    "holdout264": ROOT / "benchmarks" / "data" / "guards_blind264" / "holdout.jsonl",
    "holdout265": ROOT / "benchmarks" / "data" / "guards_blind265" / "holdout.jsonl",
    "holdout266": ROOT / "benchmarks" / "data" / "guards_blind266" / "holdout.jsonl",
    "holdout267": ROOT / "benchmarks" / "data" / "guards_blind267" / "holdout.jsonl",
    "holdout268": ROOT / "benchmarks" / "data" / "guards_blind268" / "holdout.jsonl",
    "holdout269": ROOT / "benchmarks" / "data" / "guards_blind269" / "holdout.jsonl",
    "holdout270": ROOT / "benchmarks" / "data" / "guards_blind270" / "holdout.jsonl",
    "holdout271": ROOT / "benchmarks" / "data" / "guards_blind271" / "holdout.jsonl",
    "holdout272": ROOT / "benchmarks" / "data" / "guards_blind272" / "holdout.jsonl",
    "holdout273": ROOT / "benchmarks" / "data" / "guards_blind273" / "holdout.jsonl",
    "holdout274": ROOT / "benchmarks" / "data" / "guards_blind274" / "holdout.jsonl",
    "holdout275": ROOT / "benchmarks" / "data" / "guards_blind275" / "holdout.jsonl",
    "holdout276": ROOT / "benchmarks" / "data" / "guards_blind276" / "holdout.jsonl",
    "holdout277": ROOT / "benchmarks" / "data" / "guards_blind277" / "holdout.jsonl",
    "holdout278": ROOT / "benchmarks" / "data" / "guards_blind278" / "holdout.jsonl",
    "holdout279": ROOT / "benchmarks" / "data" / "guards_blind279" / "holdout.jsonl",
    "holdout280": ROOT / "benchmarks" / "data" / "guards_blind280" / "holdout.jsonl",
    "holdout281": ROOT / "benchmarks" / "data" / "guards_blind281" / "holdout.jsonl",
    "holdout282": ROOT / "benchmarks" / "data" / "guards_blind282" / "holdout.jsonl",
    "holdout283": ROOT / "benchmarks" / "data" / "guards_blind283" / "holdout.jsonl",
    "holdout284": ROOT / "benchmarks" / "data" / "guards_blind284" / "holdout.jsonl",
    "holdout285": ROOT / "benchmarks" / "data" / "guards_blind285" / "holdout.jsonl",
    "holdout286": ROOT / "benchmarks" / "data" / "guards_blind286" / "holdout.jsonl",
    "holdout287": ROOT / "benchmarks" / "data" / "guards_blind287" / "holdout.jsonl",
    "holdout288": ROOT / "benchmarks" / "data" / "guards_blind288" / "holdout.jsonl",
    "holdout289": ROOT / "benchmarks" / "data" / "guards_blind289" / "holdout.jsonl",
    "holdout290": ROOT / "benchmarks" / "data" / "guards_blind290" / "holdout.jsonl",
    "holdout291": ROOT / "benchmarks" / "data" / "guards_blind291" / "holdout.jsonl",
    "holdout292": ROOT / "benchmarks" / "data" / "guards_blind292" / "holdout.jsonl",
    "holdout293": ROOT / "benchmarks" / "data" / "guards_blind293" / "holdout.jsonl",
    "holdout294": ROOT / "benchmarks" / "data" / "guards_blind294" / "holdout.jsonl",
    "holdout295": ROOT / "benchmarks" / "data" / "guards_blind295" / "holdout.jsonl",
    "holdout296": ROOT / "benchmarks" / "data" / "guards_blind296" / "holdout.jsonl",
    "holdout297": ROOT / "benchmarks" / "data" / "guards_blind297" / "holdout.jsonl",
    "holdout298": ROOT / "benchmarks" / "data" / "guards_blind298" / "holdout.jsonl",
    "holdout299": ROOT / "benchmarks" / "data" / "guards_blind299" / "holdout.jsonl",
    "holdout300": ROOT / "benchmarks" / "data" / "guards_blind300" / "holdout.jsonl",
    "holdout301": ROOT / "benchmarks" / "data" / "guards_blind301" / "holdout.jsonl",
    "holdout302": ROOT / "benchmarks" / "data" / "guards_blind302" / "holdout.jsonl",
    "holdout303": ROOT / "benchmarks" / "data" / "guards_blind303" / "holdout.jsonl",
    "holdout304": ROOT / "benchmarks" / "data" / "guards_blind304" / "holdout.jsonl",
    "holdout305": ROOT / "benchmarks" / "data" / "guards_blind305" / "holdout.jsonl",
    "holdout306": ROOT / "benchmarks" / "data" / "guards_blind306" / "holdout.jsonl",
    "holdout307": ROOT / "benchmarks" / "data" / "guards_blind307" / "holdout.jsonl",
    "holdout308": ROOT / "benchmarks" / "data" / "guards_blind308" / "holdout.jsonl",
    "holdout309": ROOT / "benchmarks" / "data" / "guards_blind309" / "holdout.jsonl",
    "holdout310": ROOT / "benchmarks" / "data" / "guards_blind310" / "holdout.jsonl",
    "holdout311": ROOT / "benchmarks" / "data" / "guards_blind311" / "holdout.jsonl",
    "holdout312": ROOT / "benchmarks" / "data" / "guards_blind312" / "holdout.jsonl",
    "holdout313": ROOT / "benchmarks" / "data" / "guards_blind313" / "holdout.jsonl",
    "holdout314": ROOT / "benchmarks" / "data" / "guards_blind314" / "holdout.jsonl",
    "holdout315": ROOT / "benchmarks" / "data" / "guards_blind315" / "holdout.jsonl",
    "holdout316": ROOT / "benchmarks" / "data" / "guards_blind316" / "holdout.jsonl",
    "holdout317": ROOT / "benchmarks" / "data" / "guards_blind317" / "holdout.jsonl",
    "holdout318": ROOT / "benchmarks" / "data" / "guards_blind318" / "holdout.jsonl",
    "holdout319": ROOT / "benchmarks" / "data" / "guards_blind319" / "holdout.jsonl",
    "holdout320": ROOT / "benchmarks" / "data" / "guards_blind320" / "holdout.jsonl",
    "holdout321": ROOT / "benchmarks" / "data" / "guards_blind321" / "holdout.jsonl",
    "holdout322": ROOT / "benchmarks" / "data" / "guards_blind322" / "holdout.jsonl",
    "holdout323": ROOT / "benchmarks" / "data" / "guards_blind323" / "holdout.jsonl",
    "holdout324": ROOT / "benchmarks" / "data" / "guards_blind324" / "holdout.jsonl",
    "holdout325": ROOT / "benchmarks" / "data" / "guards_blind325" / "holdout.jsonl",
    "holdout326": ROOT / "benchmarks" / "data" / "guards_blind326" / "holdout.jsonl",
    "holdout327": ROOT / "benchmarks" / "data" / "guards_blind327" / "holdout.jsonl",
    "holdout328": ROOT / "benchmarks" / "data" / "guards_blind328" / "holdout.jsonl",
    "holdout329": ROOT / "benchmarks" / "data" / "guards_blind329" / "holdout.jsonl",
    "holdout330": ROOT / "benchmarks" / "data" / "guards_blind330" / "holdout.jsonl",
    "holdout331": ROOT / "benchmarks" / "data" / "guards_blind331" / "holdout.jsonl",
    "holdout332": ROOT / "benchmarks" / "data" / "guards_blind332" / "holdout.jsonl",
    "holdout333": ROOT / "benchmarks" / "data" / "guards_blind333" / "holdout.jsonl",
    "holdout334": ROOT / "benchmarks" / "data" / "guards_blind334" / "holdout.jsonl",
    "holdout335": ROOT / "benchmarks" / "data" / "guards_blind335" / "holdout.jsonl",
    "holdout336": ROOT / "benchmarks" / "data" / "guards_blind336" / "holdout.jsonl",
    "holdout337": ROOT / "benchmarks" / "data" / "guards_blind337" / "holdout.jsonl",
    "holdout338": ROOT / "benchmarks" / "data" / "guards_blind338" / "holdout.jsonl",
    "holdout339": ROOT / "benchmarks" / "data" / "guards_blind339" / "holdout.jsonl",
    "holdout340": ROOT / "benchmarks" / "data" / "guards_blind340" / "holdout.jsonl",
    "holdout341": ROOT / "benchmarks" / "data" / "guards_blind341" / "holdout.jsonl",
    "holdout342": ROOT / "benchmarks" / "data" / "guards_blind342" / "holdout.jsonl",
    "holdout343": ROOT / "benchmarks" / "data" / "guards_blind343" / "holdout.jsonl",
    "holdout344": ROOT / "benchmarks" / "data" / "guards_blind344" / "holdout.jsonl",
    "holdout345": ROOT / "benchmarks" / "data" / "guards_blind345" / "holdout.jsonl",
    "holdout346": ROOT / "benchmarks" / "data" / "guards_blind346" / "holdout.jsonl",
    "holdout347": ROOT / "benchmarks" / "data" / "guards_blind347" / "holdout.jsonl",
    "holdout348": ROOT / "benchmarks" / "data" / "guards_blind348" / "holdout.jsonl",
    "holdout349": ROOT / "benchmarks" / "data" / "guards_blind349" / "holdout.jsonl",
    "holdout350": ROOT / "benchmarks" / "data" / "guards_blind350" / "holdout.jsonl",
    "holdout351": ROOT / "benchmarks" / "data" / "guards_blind351" / "holdout.jsonl",
    "holdout352": ROOT / "benchmarks" / "data" / "guards_blind352" / "holdout.jsonl",
    "holdout353": ROOT / "benchmarks" / "data" / "guards_blind353" / "holdout.jsonl",
    "holdout354": ROOT / "benchmarks" / "data" / "guards_blind354" / "holdout.jsonl",
    "holdout355": ROOT / "benchmarks" / "data" / "guards_blind355" / "holdout.jsonl",
    "holdout356": ROOT / "benchmarks" / "data" / "guards_blind356" / "holdout.jsonl",
    "holdout357": ROOT / "benchmarks" / "data" / "guards_blind357" / "holdout.jsonl",
    "holdout358": ROOT / "benchmarks" / "data" / "guards_blind358" / "holdout.jsonl",
    "holdout359": ROOT / "benchmarks" / "data" / "guards_blind359" / "holdout.jsonl",
    "holdout360": ROOT / "benchmarks" / "data" / "guards_blind360" / "holdout.jsonl",
    "holdout361": ROOT / "benchmarks" / "data" / "guards_blind361" / "holdout.jsonl",
    "holdout362": ROOT / "benchmarks" / "data" / "guards_blind362" / "holdout.jsonl",
    "holdout363": ROOT / "benchmarks" / "data" / "guards_blind363" / "holdout.jsonl",
    "holdout364": ROOT / "benchmarks" / "data" / "guards_blind364" / "holdout.jsonl",
    "holdout365": ROOT / "benchmarks" / "data" / "guards_blind365" / "holdout.jsonl",
    "holdout366": ROOT / "benchmarks" / "data" / "guards_blind366" / "holdout.jsonl",
    "holdout367": ROOT / "benchmarks" / "data" / "guards_blind367" / "holdout.jsonl",
    "holdout368": ROOT / "benchmarks" / "data" / "guards_blind368" / "holdout.jsonl",
    "holdout369": ROOT / "benchmarks" / "data" / "guards_blind369" / "holdout.jsonl",
    "holdout370": ROOT / "benchmarks" / "data" / "guards_blind370" / "holdout.jsonl",
    "holdout371": ROOT / "benchmarks" / "data" / "guards_blind371" / "holdout.jsonl",
    "holdout372": ROOT / "benchmarks" / "data" / "guards_blind372" / "holdout.jsonl",
    "holdout373": ROOT / "benchmarks" / "data" / "guards_blind373" / "holdout.jsonl",
    "holdout374": ROOT / "benchmarks" / "data" / "guards_blind374" / "holdout.jsonl",
    "holdout375": ROOT / "benchmarks" / "data" / "guards_blind375" / "holdout.jsonl",
    "holdout376": ROOT / "benchmarks" / "data" / "guards_blind376" / "holdout.jsonl",
    "holdout377": ROOT / "benchmarks" / "data" / "guards_blind377" / "holdout.jsonl",
    "holdout378": ROOT / "benchmarks" / "data" / "guards_blind378" / "holdout.jsonl",
    "holdout379": ROOT / "benchmarks" / "data" / "guards_blind379" / "holdout.jsonl",
    "holdout380": ROOT / "benchmarks" / "data" / "guards_blind380" / "holdout.jsonl",
    "holdout381": ROOT / "benchmarks" / "data" / "guards_blind381" / "holdout.jsonl",
    "holdout382": ROOT / "benchmarks" / "data" / "guards_blind382" / "holdout.jsonl",
    "holdout383": ROOT / "benchmarks" / "data" / "guards_blind383" / "holdout.jsonl",
    "holdout384": ROOT / "benchmarks" / "data" / "guards_blind384" / "holdout.jsonl",
    "holdout385": ROOT / "benchmarks" / "data" / "guards_blind385" / "holdout.jsonl",
    "holdout386": ROOT / "benchmarks" / "data" / "guards_blind386" / "holdout.jsonl",
    "holdout387": ROOT / "benchmarks" / "data" / "guards_blind387" / "holdout.jsonl",
    "holdout388": ROOT / "benchmarks" / "data" / "guards_blind388" / "holdout.jsonl",
    "holdout389": ROOT / "benchmarks" / "data" / "guards_blind389" / "holdout.jsonl",
    "holdout390": ROOT / "benchmarks" / "data" / "guards_blind390" / "holdout.jsonl",
    "holdout391": ROOT / "benchmarks" / "data" / "guards_blind391" / "holdout.jsonl",
    "holdout392": ROOT / "benchmarks" / "data" / "guards_blind392" / "holdout.jsonl",
    "holdout393": ROOT / "benchmarks" / "data" / "guards_blind393" / "holdout.jsonl",
    "holdout394": ROOT / "benchmarks" / "data" / "guards_blind394" / "holdout.jsonl",
    "holdout395": ROOT / "benchmarks" / "data" / "guards_blind395" / "holdout.jsonl",
    "holdout396": ROOT / "benchmarks" / "data" / "guards_blind396" / "holdout.jsonl",
    "holdout397": ROOT / "benchmarks" / "data" / "guards_blind397" / "holdout.jsonl",
    "holdout398": ROOT / "benchmarks" / "data" / "guards_blind398" / "holdout.jsonl",
    "holdout399": ROOT / "benchmarks" / "data" / "guards_blind399" / "holdout.jsonl",
    "holdout400": ROOT / "benchmarks" / "data" / "guards_blind400" / "holdout.jsonl",
    "holdout401": ROOT / "benchmarks" / "data" / "guards_blind401" / "holdout.jsonl",
    "holdout402": ROOT / "benchmarks" / "data" / "guards_blind402" / "holdout.jsonl",
    "holdout403": ROOT / "benchmarks" / "data" / "guards_blind403" / "holdout.jsonl",
    "holdout404": ROOT / "benchmarks" / "data" / "guards_blind404" / "holdout.jsonl",
    "holdout405": ROOT / "benchmarks" / "data" / "guards_blind405" / "holdout.jsonl",
    "holdout406": ROOT / "benchmarks" / "data" / "guards_blind406" / "holdout.jsonl",
    "holdout407": ROOT / "benchmarks" / "data" / "guards_blind407" / "holdout.jsonl",
    "holdout408": ROOT / "benchmarks" / "data" / "guards_blind408" / "holdout.jsonl",
    "holdout409": ROOT / "benchmarks" / "data" / "guards_blind409" / "holdout.jsonl",
    "holdout410": ROOT / "benchmarks" / "data" / "guards_blind410" / "holdout.jsonl",
    "holdout411": ROOT / "benchmarks" / "data" / "guards_blind411" / "holdout.jsonl",
    "holdout412": ROOT / "benchmarks" / "data" / "guards_blind412" / "holdout.jsonl",
    "holdout413": ROOT / "benchmarks" / "data" / "guards_blind413" / "holdout.jsonl",
    "holdout414": ROOT / "benchmarks" / "data" / "guards_blind414" / "holdout.jsonl",
    "holdout415": ROOT / "benchmarks" / "data" / "guards_blind415" / "holdout.jsonl",
    "holdout416": ROOT / "benchmarks" / "data" / "guards_blind416" / "holdout.jsonl",
    "holdout417": ROOT / "benchmarks" / "data" / "guards_blind417" / "holdout.jsonl",
    "holdout418": ROOT / "benchmarks" / "data" / "guards_blind418" / "holdout.jsonl",
    "holdout419": ROOT / "benchmarks" / "data" / "guards_blind419" / "holdout.jsonl",
    "holdout420": ROOT / "benchmarks" / "data" / "guards_blind420" / "holdout.jsonl",
    "holdout421": ROOT / "benchmarks" / "data" / "guards_blind421" / "holdout.jsonl",
    "holdout422": ROOT / "benchmarks" / "data" / "guards_blind422" / "holdout.jsonl",
    "holdout423": ROOT / "benchmarks" / "data" / "guards_blind423" / "holdout.jsonl",
    "holdout424": ROOT / "benchmarks" / "data" / "guards_blind424" / "holdout.jsonl",
    "holdout425": ROOT / "benchmarks" / "data" / "guards_blind425" / "holdout.jsonl",
    "holdout426": ROOT / "benchmarks" / "data" / "guards_blind426" / "holdout.jsonl",
    "holdout427": ROOT / "benchmarks" / "data" / "guards_blind427" / "holdout.jsonl",
    "holdout428": ROOT / "benchmarks" / "data" / "guards_blind428" / "holdout.jsonl",
    "holdout429": ROOT / "benchmarks" / "data" / "guards_blind429" / "holdout.jsonl",
    "holdout430": ROOT / "benchmarks" / "data" / "guards_blind430" / "holdout.jsonl",
    "holdout431": ROOT / "benchmarks" / "data" / "guards_blind431" / "holdout.jsonl",
    "holdout432": ROOT / "benchmarks" / "data" / "guards_blind432" / "holdout.jsonl",
    "holdout433": ROOT / "benchmarks" / "data" / "guards_blind433" / "holdout.jsonl",
    "holdout434": ROOT / "benchmarks" / "data" / "guards_blind434" / "holdout.jsonl",
    "holdout435": ROOT / "benchmarks" / "data" / "guards_blind435" / "holdout.jsonl",
    "holdout436": ROOT / "benchmarks" / "data" / "guards_blind436" / "holdout.jsonl",
    "holdout437": ROOT / "benchmarks" / "data" / "guards_blind437" / "holdout.jsonl",
    "holdout438": ROOT / "benchmarks" / "data" / "guards_blind438" / "holdout.jsonl",
    "holdout439": ROOT / "benchmarks" / "data" / "guards_blind439" / "holdout.jsonl",
    "holdout440": ROOT / "benchmarks" / "data" / "guards_blind440" / "holdout.jsonl",
    "holdout441": ROOT / "benchmarks" / "data" / "guards_blind441" / "holdout.jsonl",
    "holdout442": ROOT / "benchmarks" / "data" / "guards_blind442" / "holdout.jsonl",
    "holdout443": ROOT / "benchmarks" / "data" / "guards_blind443" / "holdout.jsonl",
    "holdout444": ROOT / "benchmarks" / "data" / "guards_blind444" / "holdout.jsonl",
    "holdout445": ROOT / "benchmarks" / "data" / "guards_blind445" / "holdout.jsonl",
    "holdout446": ROOT / "benchmarks" / "data" / "guards_blind446" / "holdout.jsonl",
    "holdout447": ROOT / "benchmarks" / "data" / "guards_blind447" / "holdout.jsonl",
    "holdout448": ROOT / "benchmarks" / "data" / "guards_blind448" / "holdout.jsonl",
    "holdout449": ROOT / "benchmarks" / "data" / "guards_blind449" / "holdout.jsonl",
    "holdout450": ROOT / "benchmarks" / "data" / "guards_blind450" / "holdout.jsonl",
    "holdout451": ROOT / "benchmarks" / "data" / "guards_blind451" / "holdout.jsonl",
    "holdout452": ROOT / "benchmarks" / "data" / "guards_blind452" / "holdout.jsonl",
    "holdout453": ROOT / "benchmarks" / "data" / "guards_blind453" / "holdout.jsonl",
    "holdout454": ROOT / "benchmarks" / "data" / "guards_blind454" / "holdout.jsonl",
    "holdout455": ROOT / "benchmarks" / "data" / "guards_blind455" / "holdout.jsonl",
    "holdout456": ROOT / "benchmarks" / "data" / "guards_blind456" / "holdout.jsonl",
    "holdout457": ROOT / "benchmarks" / "data" / "guards_blind457" / "holdout.jsonl",
    "holdout458": ROOT / "benchmarks" / "data" / "guards_blind458" / "holdout.jsonl",
    "holdout459": ROOT / "benchmarks" / "data" / "guards_blind459" / "holdout.jsonl",
    "holdout460": ROOT / "benchmarks" / "data" / "guards_blind460" / "holdout.jsonl",
    "holdout461": ROOT / "benchmarks" / "data" / "guards_blind461" / "holdout.jsonl",
    "holdout462": ROOT / "benchmarks" / "data" / "guards_blind462" / "holdout.jsonl",
    "holdout463": ROOT / "benchmarks" / "data" / "guards_blind463" / "holdout.jsonl",
    "holdout464": ROOT / "benchmarks" / "data" / "guards_blind464" / "holdout.jsonl",
    "holdout465": ROOT / "benchmarks" / "data" / "guards_blind465" / "holdout.jsonl",
    "holdout466": ROOT / "benchmarks" / "data" / "guards_blind466" / "holdout.jsonl",
    "holdout467": ROOT / "benchmarks" / "data" / "guards_blind467" / "holdout.jsonl",
    "holdout468": ROOT / "benchmarks" / "data" / "guards_blind468" / "holdout.jsonl",
    "holdout469": ROOT / "benchmarks" / "data" / "guards_blind469" / "holdout.jsonl",
    "holdout470": ROOT / "benchmarks" / "data" / "guards_blind470" / "holdout.jsonl",
    "holdout471": ROOT / "benchmarks" / "data" / "guards_blind471" / "holdout.jsonl",
    "holdout472": ROOT / "benchmarks" / "data" / "guards_blind472" / "holdout.jsonl",
    "holdout473": ROOT / "benchmarks" / "data" / "guards_blind473" / "holdout.jsonl",
    "holdout474": ROOT / "benchmarks" / "data" / "guards_blind474" / "holdout.jsonl",
    "holdout475": ROOT / "benchmarks" / "data" / "guards_blind475" / "holdout.jsonl",
    "holdout476": ROOT / "benchmarks" / "data" / "guards_blind476" / "holdout.jsonl",
    "holdout477": ROOT / "benchmarks" / "data" / "guards_blind477" / "holdout.jsonl",
    "holdout478": ROOT / "benchmarks" / "data" / "guards_blind478" / "holdout.jsonl",
    "holdout479": ROOT / "benchmarks" / "data" / "guards_blind479" / "holdout.jsonl",
    "holdout480": ROOT / "benchmarks" / "data" / "guards_blind480" / "holdout.jsonl",
    "holdout481": ROOT / "benchmarks" / "data" / "guards_blind481" / "holdout.jsonl",
    "holdout482": ROOT / "benchmarks" / "data" / "guards_blind482" / "holdout.jsonl",
    "holdout483": ROOT / "benchmarks" / "data" / "guards_blind483" / "holdout.jsonl",
    "holdout484": ROOT / "benchmarks" / "data" / "guards_blind484" / "holdout.jsonl",
    "holdout485": ROOT / "benchmarks" / "data" / "guards_blind485" / "holdout.jsonl",
    "holdout486": ROOT / "benchmarks" / "data" / "guards_blind486" / "holdout.jsonl",
    "holdout487": ROOT / "benchmarks" / "data" / "guards_blind487" / "holdout.jsonl",
    "holdout488": ROOT / "benchmarks" / "data" / "guards_blind488" / "holdout.jsonl",
    "holdout489": ROOT / "benchmarks" / "data" / "guards_blind489" / "holdout.jsonl",
    "holdout490": ROOT / "benchmarks" / "data" / "guards_blind490" / "holdout.jsonl",
    "holdout491": ROOT / "benchmarks" / "data" / "guards_blind491" / "holdout.jsonl",
    "holdout492": ROOT / "benchmarks" / "data" / "guards_blind492" / "holdout.jsonl",
    "holdout493": ROOT / "benchmarks" / "data" / "guards_blind493" / "holdout.jsonl",
    "holdout494": ROOT / "benchmarks" / "data" / "guards_blind494" / "holdout.jsonl",
    "holdout495": ROOT / "benchmarks" / "data" / "guards_blind495" / "holdout.jsonl",
    "holdout496": ROOT / "benchmarks" / "data" / "guards_blind496" / "holdout.jsonl",
    "holdout497": ROOT / "benchmarks" / "data" / "guards_blind497" / "holdout.jsonl",
    "holdout498": ROOT / "benchmarks" / "data" / "guards_blind498" / "holdout.jsonl",
    "holdout499": ROOT / "benchmarks" / "data" / "guards_blind499" / "holdout.jsonl",
    "holdout500": ROOT / "benchmarks" / "data" / "guards_blind500" / "holdout.jsonl",
    "holdout501": ROOT / "benchmarks" / "data" / "guards_blind501" / "holdout.jsonl",
    "holdout502": ROOT / "benchmarks" / "data" / "guards_blind502" / "holdout.jsonl",
    "holdout503": ROOT / "benchmarks" / "data" / "guards_blind503" / "holdout.jsonl",
    "holdout504": ROOT / "benchmarks" / "data" / "guards_blind504" / "holdout.jsonl",
    "holdout505": ROOT / "benchmarks" / "data" / "guards_blind505" / "holdout.jsonl",
    "holdout506": ROOT / "benchmarks" / "data" / "guards_blind506" / "holdout.jsonl",
    "holdout507": ROOT / "benchmarks" / "data" / "guards_blind507" / "holdout.jsonl",
    "holdout508": ROOT / "benchmarks" / "data" / "guards_blind508" / "holdout.jsonl",
    "holdout509": ROOT / "benchmarks" / "data" / "guards_blind509" / "holdout.jsonl",
    "holdout510": ROOT / "benchmarks" / "data" / "guards_blind510" / "holdout.jsonl",
    "holdout511": ROOT / "benchmarks" / "data" / "guards_blind511" / "holdout.jsonl",
    "holdout512": ROOT / "benchmarks" / "data" / "guards_blind512" / "holdout.jsonl",
    "holdout513": ROOT / "benchmarks" / "data" / "guards_blind513" / "holdout.jsonl",
    "holdout514": ROOT / "benchmarks" / "data" / "guards_blind514" / "holdout.jsonl",
    "holdout515": ROOT / "benchmarks" / "data" / "guards_blind515" / "holdout.jsonl",
    "holdout516": ROOT / "benchmarks" / "data" / "guards_blind516" / "holdout.jsonl",
    "holdout517": ROOT / "benchmarks" / "data" / "guards_blind517" / "holdout.jsonl",
    "holdout518": ROOT / "benchmarks" / "data" / "guards_blind518" / "holdout.jsonl",
    "holdout519": ROOT / "benchmarks" / "data" / "guards_blind519" / "holdout.jsonl",
    "holdout520": ROOT / "benchmarks" / "data" / "guards_blind520" / "holdout.jsonl",
    "holdout521": ROOT / "benchmarks" / "data" / "guards_blind521" / "holdout.jsonl",
    "holdout522": ROOT / "benchmarks" / "data" / "guards_blind522" / "holdout.jsonl",
    "holdout523": ROOT / "benchmarks" / "data" / "guards_blind523" / "holdout.jsonl",
    "holdout524": ROOT / "benchmarks" / "data" / "guards_blind524" / "holdout.jsonl",
    "holdout525": ROOT / "benchmarks" / "data" / "guards_blind525" / "holdout.jsonl",
    "holdout526": ROOT / "benchmarks" / "data" / "guards_blind526" / "holdout.jsonl",
    "holdout527": ROOT / "benchmarks" / "data" / "guards_blind527" / "holdout.jsonl",
    "holdout528": ROOT / "benchmarks" / "data" / "guards_blind528" / "holdout.jsonl",
    "holdout529": ROOT / "benchmarks" / "data" / "guards_blind529" / "holdout.jsonl",
    "holdout530": ROOT / "benchmarks" / "data" / "guards_blind530" / "holdout.jsonl",
    "holdout531": ROOT / "benchmarks" / "data" / "guards_blind531" / "holdout.jsonl",
    "holdout532": ROOT / "benchmarks" / "data" / "guards_blind532" / "holdout.jsonl",
    "holdout533": ROOT / "benchmarks" / "data" / "guards_blind533" / "holdout.jsonl",
    "holdout534": ROOT / "benchmarks" / "data" / "guards_blind534" / "holdout.jsonl",
    "holdout535": ROOT / "benchmarks" / "data" / "guards_blind535" / "holdout.jsonl",
    "holdout536": ROOT / "benchmarks" / "data" / "guards_blind536" / "holdout.jsonl",
    "holdout537": ROOT / "benchmarks" / "data" / "guards_blind537" / "holdout.jsonl",
    "holdout538": ROOT / "benchmarks" / "data" / "guards_blind538" / "holdout.jsonl",
    "holdout539": ROOT / "benchmarks" / "data" / "guards_blind539" / "holdout.jsonl",
    "holdout540": ROOT / "benchmarks" / "data" / "guards_blind540" / "holdout.jsonl",
    "holdout541": ROOT / "benchmarks" / "data" / "guards_blind541" / "holdout.jsonl",
    "holdout542": ROOT / "benchmarks" / "data" / "guards_blind542" / "holdout.jsonl",
    "holdout543": ROOT / "benchmarks" / "data" / "guards_blind543" / "holdout.jsonl",
    "holdout544": ROOT / "benchmarks" / "data" / "guards_blind544" / "holdout.jsonl",
    "holdout545": ROOT / "benchmarks" / "data" / "guards_blind545" / "holdout.jsonl",
    "holdout546": ROOT / "benchmarks" / "data" / "guards_blind546" / "holdout.jsonl",
    "holdout547": ROOT / "benchmarks" / "data" / "guards_blind547" / "holdout.jsonl",
    "holdout548": ROOT / "benchmarks" / "data" / "guards_blind548" / "holdout.jsonl",
    "holdout549": ROOT / "benchmarks" / "data" / "guards_blind549" / "holdout.jsonl",
    "holdout550": ROOT / "benchmarks" / "data" / "guards_blind550" / "holdout.jsonl",
    "holdout551": ROOT / "benchmarks" / "data" / "guards_blind551" / "holdout.jsonl",
    "holdout552": ROOT / "benchmarks" / "data" / "guards_blind552" / "holdout.jsonl",
    "holdout553": ROOT / "benchmarks" / "data" / "guards_blind553" / "holdout.jsonl",
    "holdout554": ROOT / "benchmarks" / "data" / "guards_blind554" / "holdout.jsonl",
    "holdout555": ROOT / "benchmarks" / "data" / "guards_blind555" / "holdout.jsonl",
    "holdout556": ROOT / "benchmarks" / "data" / "guards_blind556" / "holdout.jsonl",
    "holdout557": ROOT / "benchmarks" / "data" / "guards_blind557" / "holdout.jsonl",
    "holdout558": ROOT / "benchmarks" / "data" / "guards_blind558" / "holdout.jsonl",
    "holdout559": ROOT / "benchmarks" / "data" / "guards_blind559" / "holdout.jsonl",
    "holdout560": ROOT / "benchmarks" / "data" / "guards_blind560" / "holdout.jsonl",
    "holdout561": ROOT / "benchmarks" / "data" / "guards_blind561" / "holdout.jsonl",
    "holdout562": ROOT / "benchmarks" / "data" / "guards_blind562" / "holdout.jsonl",
    "holdout563": ROOT / "benchmarks" / "data" / "guards_blind563" / "holdout.jsonl",
    "holdout564": ROOT / "benchmarks" / "data" / "guards_blind564" / "holdout.jsonl",
    "holdout565": ROOT / "benchmarks" / "data" / "guards_blind565" / "holdout.jsonl",
    "holdout566": ROOT / "benchmarks" / "data" / "guards_blind566" / "holdout.jsonl",
    "holdout567": ROOT / "benchmarks" / "data" / "guards_blind567" / "holdout.jsonl",
    "holdout568": ROOT / "benchmarks" / "data" / "guards_blind568" / "holdout.jsonl",
    "holdout569": ROOT / "benchmarks" / "data" / "guards_blind569" / "holdout.jsonl",
    "holdout570": ROOT / "benchmarks" / "data" / "guards_blind570" / "holdout.jsonl",
    "holdout571": ROOT / "benchmarks" / "data" / "guards_blind571" / "holdout.jsonl",
    "holdout572": ROOT / "benchmarks" / "data" / "guards_blind572" / "holdout.jsonl",
    "holdout573": ROOT / "benchmarks" / "data" / "guards_blind573" / "holdout.jsonl",
    "holdout574": ROOT / "benchmarks" / "data" / "guards_blind574" / "holdout.jsonl",
    "holdout575": ROOT / "benchmarks" / "data" / "guards_blind575" / "holdout.jsonl",
    "holdout576": ROOT / "benchmarks" / "data" / "guards_blind576" / "holdout.jsonl",
    "holdout577": ROOT / "benchmarks" / "data" / "guards_blind577" / "holdout.jsonl",
    "holdout578": ROOT / "benchmarks" / "data" / "guards_blind578" / "holdout.jsonl",
    "holdout579": ROOT / "benchmarks" / "data" / "guards_blind579" / "holdout.jsonl",
    "holdout580": ROOT / "benchmarks" / "data" / "guards_blind580" / "holdout.jsonl",
    "holdout581": ROOT / "benchmarks" / "data" / "guards_blind581" / "holdout.jsonl",
    "holdout582": ROOT / "benchmarks" / "data" / "guards_blind582" / "holdout.jsonl",
    "holdout583": ROOT / "benchmarks" / "data" / "guards_blind583" / "holdout.jsonl",
    "holdout584": ROOT / "benchmarks" / "data" / "guards_blind584" / "holdout.jsonl",
    "holdout585": ROOT / "benchmarks" / "data" / "guards_blind585" / "holdout.jsonl",
    "holdout586": ROOT / "benchmarks" / "data" / "guards_blind586" / "holdout.jsonl",
    "holdout587": ROOT / "benchmarks" / "data" / "guards_blind587" / "holdout.jsonl",
    "holdout588": ROOT / "benchmarks" / "data" / "guards_blind588" / "holdout.jsonl",
    "holdout589": ROOT / "benchmarks" / "data" / "guards_blind589" / "holdout.jsonl",
    "holdout590": ROOT / "benchmarks" / "data" / "guards_blind590" / "holdout.jsonl",
    "holdout591": ROOT / "benchmarks" / "data" / "guards_blind591" / "holdout.jsonl",
    "holdout592": ROOT / "benchmarks" / "data" / "guards_blind592" / "holdout.jsonl",
    "holdout593": ROOT / "benchmarks" / "data" / "guards_blind593" / "holdout.jsonl",
    "holdout594": ROOT / "benchmarks" / "data" / "guards_blind594" / "holdout.jsonl",
    "holdout595": ROOT / "benchmarks" / "data" / "guards_blind595" / "holdout.jsonl",
}
# Every set has been run: holdout32..39 were measured once before round 16 and once after it, unread, then tuned on
# in round 17; holdout40..43 were measured once before round 17 and once after it (aggregates only), then tuned on;
# holdout44..51 were measured once before round 18 (the learned readers, scripts/train_readers.py) and once after it,
# aggregates only, then tuned on in round 19; holdout52..59 were measured once on cd23651 (before rounds 18-19) and
# once after round 19, and holdout60..67 (written once round 19 was done) once on cd23651 and once on round 19's code,
# then tuned on in round 20; holdout68..75 were measured once before round 20 and once after it, aggregates only, then
# tuned on in round 21; holdout76..83 were measured once before round 21 (b4286b3) and once after it, then tuned on in
# round 22; holdout84..91 were measured once on b4286b3 and once after rounds 21 and 22; holdout92..99, written after
# them, once on that final code (33aecd5), nothing tuned between; holdout100..107 once on cbd1d48 and once after
# round 23 (the voice card retrained on holdout..holdout99, and rules); holdout108..115 once on 4a91905 (round 23) and
# once after round 24; holdout116..123 once on 32e8668 (round 24) and once after round 25; holdout124..131 once on
# b6ed6de (round 25) and once after round 26; holdout132..139 once on 7da5f89 (round 26) and once after round 27;
# holdout140..147 once on 16f2803 (round 27) and once after round 28; holdout148..155 once on 1502e23 (round 28)
# and once after round 29; holdout156..163 once on dded2aa (round 29) and once after round 30; holdout164..171,
# written during round 31, once on dded2aa and once after round 31. All these are open.
# holdout172..179 (2026-12-02, written from a brief rewritten after the first was lost: same format, kinds and shares)
# were measured once on b825a5c (round 31) and once after round 32 (b6d321f), aggregates only, then opened.
# holdout180..187, written from the same brief during round 33, were measured once on b6d321f, once after round 33 and
# once after round 34, aggregates only, then opened. holdout188..195, written during round 34, were measured once on
# 6ef7758 (round 33), after round 34 and after round 35, aggregates only, then opened. holdout196..203, written during
# round 35, were measured once on 4cdb889 (round 34), after round 35 and after round 36, aggregates only, then opened.
# holdout204..211, written during round 36, were measured once on 205ebba (round 35), after round 36 and after round
# 37's first part, aggregates only, then opened. holdout212..219, written during round 37, were measured once on
# 799fa1a (round 36), after round 37 and after round 38's first part, aggregates only, then opened. holdout220..227,
# written during round 38, were measured once on 84aefaf (round 37), three times during round 38 and once after round
# 39, aggregates only, then opened. holdout228..235, written at the end of round 38, were measured once on its final
# code (188c0e1), twice during round 39 (82083f7, 7389098) and once before round 40, aggregates only, then opened.
# holdout236..243, written at the start of round 39, were measured once on its starting code (12092b7), twice during
# it (82083f7, 7389098), once before round 40, once with its fixed order (2a64a5d) and once after it, aggregates only,
# then opened. holdout244..251, written during round 39, three times (82083f7, 7389098, before round 40), once with
# round 40's fixed order, once after round 40 and four times after round 41 (its four parts). holdout252..267,
# written at the start of round 40 (their writers launched before its first edit, 266 and 267 just after it, the
# determinism fix), were measured once on its starting code (9a98563, PYTHONHASHSEED=0), once after it and four
# times after round 41's parts. holdout268..283, written during round 41 (268..275 launched before its first edit,
# 276..283 some thirty minutes into it), were measured once on its starting code (0f37209) and once after each of its
# four parts. All aggregates only; all kept closed for the next round to measure before and after it (0f37209 also
# read holdout236..267 once, compared pair by pair with round 40's last reading: identical).
# Before round 42 (on 35b1244) holdout244..283 were read once more: the very same aggregates as round 41's last
# reading; holdout244..259 (eleven and eight readings) were then opened, holdout260..283 stay closed.
# holdout284..291, written at the start of round 42 (before its first edit), were read once on 35b1244 and, with
# holdout260..283, after each of its parts (f71e383, 761ba78): aggregates only, except that the first try of part
# one (any animal's word in a who-is-who relation) was seen to flag 23 more harmless pairs of holdout284..291 as
# invented persons, and was narrowed to the relation's own noun before it was committed.
# Before round 43 (on 4dcc503) holdout260..291 were read once more: the very same flags as round 42's last reading
# on all 12,800 pairs; holdout260..267 (eleven readings) were then opened, holdout268..291 stay closed.
# holdout292..299, written at the start of round 43 (their writers launched before its first edit), were read once
# on 4dcc503 and, with holdout268..291, after each of its four parts (88b7236, f26e98a with a retrained voice card
# not shipped, 7c295d2, 2b7947f): aggregates only.
# Round 44 opened holdout268..283 (fourteen readings); holdout284..299 stay closed. holdout300..307, written at the
# start of round 44 (their writers launched before its first edit), were read once on 85b3f0f and, with
# holdout284..299, after each of its five parts (11755aa, a229d41, 8d6531d, 5345dc3, and the fifth): aggregates only.
# Round 45 opened holdout284..299 (thirteen and ten readings, the last on a18121d); holdout300..307 stay closed.
# holdout308..315, written at the start of round 45 (their writers launched before its first edit), were read once on
# 366f9b5 (the code of a18121d) and, with holdout300..307, after each of its parts: aggregates only.
# Round 46 opened holdout300..307 (read after every part of rounds 44 and 45, the last on 08fde8b); holdout308..315
# stay closed. holdout316..323, written at the start of round 46 (their writers launched before its first edit), were
# read once on 6bf7ac3 (the code of 08fde8b) and, with holdout308..315, after each of its parts: aggregates only.
# Round 47 opened holdout308..315 (read after every part of rounds 45 and 46, the last on 81ed4e5); holdout316..323
# stay closed. holdout324..331, written at the start of round 47 (their writers launched before its first edit), were
# read once on 83c8e54 (the code of 81ed4e5) and, with holdout316..323, after each of its parts: aggregates only.
# Round 48 opened holdout316..323 (read after every part of rounds 46 and 47, the last on effab1a); holdout324..331
# stay closed. holdout332..339, written at the start of round 48 (their writers launched before its first edit), were
# read once on 3cfd983 (the code of effab1a) and, with holdout324..331, after each of its parts: aggregates only.
# Round 49 opened holdout324..331 (read after every part of rounds 47 and 48, the last on dd5ec95); holdout332..339
# stay closed.
# holdout340..347, written at the start of round 49 (their writers launched before its first edit; holdout340 came
# last, after part 5), were read once on 42e2348 (the code of dd5ec95) and, with holdout332..339, after each of its
# parts since they came: aggregates only.
# Round 50 opened holdout332..339 (read after every part of rounds 48 and 49, the last on eb0ac13); holdout340..347
# stay closed. holdout348..355, written at the start of round 50 (their writers launched before its first edit), were
# read once on 127c618 (the code of eb0ac13) and, with holdout340..347, after each of its parts: aggregates only.
# Round 51 opened holdout340..347 (read after every part of rounds 49 and 50, the last on 3e6ec33); holdout348..355
# stay closed. holdout356..363, written at the start of round 51 (their writers launched before its first edit), were
# read once on d5d81c0 (the code of 3e6ec33) and, with holdout348..355, after each of its parts: aggregates only.
# Round 52 opened holdout348..355 (read after every part of rounds 50 and 51, the last on ec18361); holdout356..363
# stay closed. holdout364..371, written at the start of round 52 (their writers launched before its first edit), were
# read once on 4a191f1 (the code of ec18361) and, with holdout356..363, after each of its parts: aggregates only.
# Round 53 opened holdout356..363 (read after every part of rounds 51 and 52, the last on ae1f544); holdout364..371
# stay closed. holdout372..379, written at the start of round 53 (their writers launched before its first edit), were
# read once on 3dfafaa (the code of ae1f544) and, with holdout364..371, after each of its parts: aggregates only.
# Round 54 opened holdout364..371 (read after every part of rounds 52 and 53, the last on 2de524b); holdout372..379
# stay closed. holdout380..387, written at the start of round 54 (their writers launched before its first edit), were
# read once on f38dbec (the code of 2de524b) and, with holdout372..379, after each of its parts: aggregates only.
# Round 55 opened holdout372..379 (read after every part of rounds 53 and 54, the last on f53d1ea); holdout380..387
# stay closed. holdout388..395, written at the start of round 55 (their writers launched before its first edit), were
# read once on 6013331 (the code of f53d1ea) and, with holdout380..387, after each of its parts: aggregates only.
# Round 56 opened holdout380..387 (read after every part of rounds 54 and 55, the last on c62316e); holdout388..395
# stay closed. holdout396..403, written at the start of round 56 (their writers launched before its first edit), were
# read once on a worktree of c62316e and, with holdout388..395, after each of its parts: aggregates only.
# Round 57 opened holdout388..395 (read after every part of rounds 55 and 56, the last on cdaf368); holdout396..403
# stay closed. holdout404..411, written at the start of round 57 (their writers launched before its first edit), were
# read once on a worktree of 78c33fa (the code of cdaf368) and, with holdout396..403, after each of its parts:
# aggregates only.
# Round 59 opened holdout404..411 (read after every part of rounds 57 and 58, the last on e6808cd); holdout412..419
# stay closed, read once on a worktree of 78ca107 (the code of da4605a) and after each part of round 58.
# holdout420..427, written at the start of round 59 (their writers launched before its first edit), were read once on
# a worktree of c074838 (the code of e6808cd) and, with holdout412..419, after each of its parts: aggregates only.
# Round 60 opened holdout412..419 (read after every part of rounds 58 and 59, the last on 5b8d4eb); holdout420..427
# stay closed. holdout428..435, written at the start of round 60 (their writers launched before its first edit), were
# read once on a worktree of 8f74b6f (the code of 5b8d4eb) and, with holdout420..427, after each of its parts:
# aggregates only.
# Round 61 opened holdout420..427 (read after every part of rounds 59 and 60, the last on d3ae6e7); holdout428..435
# stay closed. holdout436..443, written at the start of round 61 (their writers launched before its first edit), were
# read once on a worktree of a76edf9 (the code of 6121cb5) and, with holdout428..435, after each of its parts:
# aggregates only.
# Round 62 opened holdout428..435 (read after every part of rounds 60 and 61, the last on a7bb417); holdout436..443
# stay closed. holdout444..451, written at the start of round 62 (their writers launched before its first edit), were
# read once on a worktree of fb2733b (the code of 089494d) and, with holdout436..443, after each of its parts:
# aggregates only.
# Round 63 opened holdout436..443 (read after every part of rounds 61 and 62, the last on 7a8307f); holdout444..451
# stay closed. holdout452..459, written at the start of round 63 (their writers launched before its first edit), were
# read once on a worktree of 507c853 with dbeb6a8's crash fix to an_institution (without it the guards stopped on two
# of their rows) and, with holdout444..451, after each of its parts: aggregates only.
# Round 64 opened holdout444..451 (read after every part of rounds 62 and 63, the last on 31e2eb7); holdout452..459
# stay closed. holdout460..467, written at the start of round 64 (their writers launched before its first edit), were
# read once on a worktree of acc310f and, with holdout452..459, after each of its parts: aggregates only.
# Round 65 opened holdout452..459 (read after every part of rounds 63 and 64, the last on c0dea1d); holdout460..467
# stay closed. holdout468..475, written at the start of round 65 (their writers launched before its first edit), were
# read once on 7e44c68 and, with holdout460..467, after each of its parts: aggregates only.
# Round 66 opened holdout460..467 (read after every part of rounds 64 and 65, the last on 3e44f09); holdout468..475
# stay closed. holdout476..483, written at the start of round 66 (their writers launched before its first edit), were
# read once on 51a7272 and, with holdout468..475, after each of its parts: aggregates only.
# Round 67 opened holdout468..475 (read after every part of rounds 65 and 66, the last on 4ea93a2); holdout476..483
# stay closed. holdout484..491, written at the start of round 67 (their writers launched before its first edit), were
# read once on a worktree of 165dfd7 and, with holdout476..483, after each of its parts: aggregates only.
# Round 68 opened holdout476..483 (read after every part of rounds 66 and 67, the last on e84c2a3); holdout484..491
# stay closed. holdout492..499, written at the start of round 68 (their writers launched before its first edit), were
# read once on a worktree of afe5e63 and, with holdout484..491, after each of its parts: aggregates only.
# Round 69 opened holdout484..491 (read after every part of rounds 67 and 68, the last on debfa6f); holdout492..499
# stay closed. holdout500..507, written at the start of round 69 (their writers launched before its first edit), were
# read once on a worktree of 7059407 and, with holdout492..499, after each of its parts: aggregates only.
# Round 70 opened holdout492..499 (read after every part of rounds 68 and 69, the last on a945c80); holdout500..507
# stay closed. holdout508..515, written at the start of round 70 (their writers launched before its first edit), were
# read once on a worktree of 521a3a8 and, with holdout500..507, after each of its parts: aggregates only.
# Round 71 opened holdout500..507 (read after every part of rounds 69 and 70, the last on 28990c4); holdout508..515
# stay closed. holdout516..523, written at the start of round 71 (their writers launched before its first edit), were
# read once on a worktree of 461557f and, with holdout508..515, after each of its parts: aggregates only.
# Round 72 opened holdout508..515 (read after every part of rounds 70 and 71, the last on cf933c2); holdout516..523
# stay closed. holdout524..531, written at the start of round 72 (their writers launched before its first edit), were
# read once on a worktree of 8ced658 and, with holdout516..523, after each of its parts: aggregates only.
# Round 73 opened holdout516..523 (read after every part of rounds 71 and 72, the last on ac9d769); holdout524..531
# stay closed. holdout532..539, written at the start of round 73 (their writers launched before its first edit), were
# read once on a worktree of f2f821c and, with holdout524..531, after each of its parts: aggregates only.
# Round 74 opened holdout524..531 (read after every part of rounds 72 and 73, the last on 8e3126a); holdout532..539
# stay closed.
# holdout540..547, written at the start of round 74 (their writers launched before its first edit) from a brief
# rewritten from the sets' READMEs when the machine that held the usual one was replaced (the repository's own copy,
# benchmarks/data/guards_blind_brief.md, was found only later: same format, kinds, shares and conventions, in other
# words), were read once on a worktree of bd8e5ca and, with holdout532..539, after each of its parts: aggregates only.
# Round 75 opened holdout532..539 (read after every part of rounds 73 and 74, the last on f818da5); holdout540..547
# stay closed.
# holdout548..555, written at the start of round 75 (their writers launched before its first edit) from the
# repository's brief (benchmarks/data/guards_blind_brief.md), were read once on a worktree of c9ea8a5 and, with
# holdout540..547, after each of its parts: aggregates only.
# Round 76 opened holdout540..547 (read after every part of rounds 74 and 75, the last on 3569691); holdout548..555
# stay closed. holdout556..563, written at the start of round 76 (their writers launched before its first edit) from
# the repository's brief, were read once on d737226 and, with holdout548..555, after each of its parts: aggregates only.
# Round 77 opened holdout548..555 (read after every part of rounds 75 and 76, the last on c67611d); holdout556..563
# stay closed. holdout564..571, written at the start of round 77 (their writers launched before its first edit) from
# the repository's brief, were read once on 8f560e7 (the code of c67611d) and, with holdout556..563, after each of its
# parts: aggregates only.
# Round 78 opened holdout556..563 (read after every part of rounds 76 and 77, the last on 602b963); holdout564..571
# stay closed. holdout572..579, written at the start of round 78 (their writers launched before its first edit) from
# the repository's brief, were read once on 77b2924 (the code of 561b3a1) and, with holdout564..571, after each of its
# parts: aggregates only.
# Round 79 opened holdout564..571 (read after every part of rounds 77 and 78, the last on 9ea93e9); holdout572..579
# stay closed. holdout580..587, written at the start of round 79 (their writers launched before its first edit) from
# the repository's brief, were read once on the code of 587ad23 and, with holdout572..579, after each of its parts:
# aggregates only.
# Round 80 opened holdout572..579 (read after every part of rounds 78 and 79, the last on 062c990); holdout580..587
# stay closed. holdout588..595, written at the start of round 80 (their writers launched before its first edit) from
# the repository's brief, were read once on the code of bbe1fed and, with holdout580..587, after each of its parts:
# aggregates only.
MEASURED_ONLY: frozenset[str] = frozenset(f"holdout{n}" for n in range(580, 596))
# Run only when named (--set NAME): a set that is run is spent.
UNSPENT: frozenset[str] = frozenset(f"holdout{n}" for n in range(580, 596))
XED = ROOT.parent / "shared" / "data" / "xed"
XED_EMOTIONS = {1: Emotion.ANGER, 2: Emotion.ANTICIPATION, 3: Emotion.DISGUST, 4: Emotion.FEAR,
                5: Emotion.JOY, 6: Emotion.SADNESS, 7: Emotion.SURPRISE, 8: Emotion.TRUST}
RECALL_TARGET, FALSE_FLAG_TARGET = 0.95, 0.10

# One guard, two kinds of flag: "changed" when the text states a value, "invented" when not.
GROUPS = {"time_invented": "time_changed", "place_invented": "place_changed"}


def read_pairs(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _known(pair: dict) -> MemoryFields:
    known = pair.get("known") or {}
    time = known.get("time") or {}
    return MemoryFields(
        place=known.get("place") or "", persons=tuple(known.get("persons") or ()),
        time=EventTime(time.get("said") or "", _day(time.get("start")), _day(time.get("end"))),
    )


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def flags_of(pair: dict) -> set[str]:
    """The flags a user would see: the guards', given what the memory already knew (as review/enrich.record)."""
    flags = check_proposal(pair["original"], date.fromisoformat(pair["memory_date"]), proposal_of(pair["proposal"]),
                           Persona.from_dict(pair.get("persona")), WhoIsWho.from_dict(pair.get("who_is_who")),
                           _known(pair))
    return {GROUPS.get(f.kind.value, f.kind.value) for f in flags}


def flags_of_set(name: str) -> list[list[str]]:
    """The flags of each pair of one set, in the set's order (for a pool of processes: names in, lists out)."""
    pairs = read_pairs(SETS[name])
    names.read_ahead([pair["original"] for pair in pairs if pair["lang"] == "fr"])
    return [sorted(flags_of(pair)) for pair in pairs]


def proposal_of(data: dict) -> Proposal:
    """The pair's proposal; a value outside a field's range stays "unparsed", as a model's would."""
    fields = dict(data.get("fields") or {})
    unparsed = {}
    for name in ("emotion", "secondary_emotion"):
        if fields.get(name) and fields[name] not in EMOTION_NAMES:
            unparsed[name] = fields.pop(name)
    intensity = fields.get("intensity")
    if intensity is not None and not (isinstance(intensity, int) and MIN_INTENSITY <= intensity <= MAX_INTENSITY):
        unparsed["intensity"] = fields.pop("intensity")
    return Proposal(fields=MemoryFields.from_dict(fields), text=data.get("text"),
                    question=fields.get("question", ""), unparsed=unparsed)


@dataclass
class Result:
    pair: dict
    flags: set[str]

    @property
    def expected(self) -> set[str]:
        return {GROUPS.get(k, k) for k in self.pair.get("expected") or ()}

    @property
    def caught(self) -> bool:
        """A harmful pair is caught when one of the flags it was written for is raised."""
        return bool(self.expected & self.flags) if self.expected else bool(self.flags)


def _rate(hits: int, total: int) -> str:
    return f"{hits:>3}/{total:<3} {100 * hits / total:5.1f}%" if total else f"{'-':>14}"


def _table(title: str, rows: dict[str, list[Result]]) -> None:
    # "any flag": harmful pairs on which the user sees some warning, if not the kind the pair was written for
    # (a reflection saying "Nox thinks…" is flagged as not in the first person; a set may call it a rename).
    print(f"\n{title:30} {'recall':>14} {'false flags':>14} {'any flag':>14}")
    for name, results in sorted(rows.items()):
        harmful = [r for r in results if r.pair["harmful"]]
        harmless = [r for r in results if not r.pair["harmful"]]
        print(f"{name:30} {_rate(sum(r.caught for r in harmful), len(harmful)):>14} "
              f"{_rate(sum(bool(r.flags) for r in harmless), len(harmless)):>14} "
              f"{_rate(sum(bool(r.flags) for r in harmful), len(harmful)):>14}")


def _kind_table(results: list[Result]) -> None:
    harmless = [r for r in results if not r.pair["harmful"]]
    print(f"\n{'flag kind':30} {'recall':>14} {'false flags':>14}")
    for kind in (k.value for k in FlagKind if k.value not in GROUPS):
        targeted = [r for r in results if r.pair["harmful"] and kind in r.expected]
        caught = sum(kind in r.flags for r in targeted)
        false = sum(kind in r.flags for r in harmless)
        label = kind.replace("_changed", "_changed/invented")
        print(f"{label:30} {_rate(caught, len(targeted)):>14} {_rate(false, len(harmless)):>14}")


def report(name: str, pairs: list[dict], details: bool) -> bool:
    """Print one set's tables; True when every language meets both targets."""
    started = time.perf_counter()
    results = [Result(pair, flags_of(pair)) for pair in pairs]
    elapsed = time.perf_counter() - started
    harmful = sum(r.pair["harmful"] for r in results)
    print(f"\n=== {name}: {len(pairs)} pairs, {harmful} harmful, {len(pairs) - harmful} harmless"
          f" ({1000 * elapsed / max(1, len(pairs)):.1f} ms a pair) ===")
    by_language: dict[str, list[Result]] = defaultdict(list)
    by_category: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        by_language[r.pair.get("lang", "?")].append(r)
        by_category[r.pair.get("category", "?")].append(r)
    _table("language", {**by_language, "all": results})
    _kind_table(results)
    _table("category", by_category)
    if details:
        for r in results:
            missed = r.pair["harmful"] and not r.caught
            if missed or not r.pair["harmful"] and r.flags:
                what = f"missed {sorted(r.expected - r.flags)}" if missed else f"extra {sorted(r.flags)}"
                print(f"  {r.pair['id']}: {what}")
    return all(_meets(rs) for rs in by_language.values())


def _meets(results: list[Result]) -> bool:
    harmful = [r for r in results if r.pair["harmful"]]
    harmless = [r for r in results if not r.pair["harmful"]]
    recall = sum(r.caught for r in harmful) / len(harmful) if harmful else 1.0
    false = sum(bool(r.flags) for r in harmless) / len(harmless) if harmless else 0.0
    return recall >= RECALL_TARGET and false <= FALSE_FLAG_TARGET


def read_xed(path: Path, limit: int | None = None) -> list[tuple[str, set[Emotion]]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines()[:limit]:
        text, _, labels = line.rpartition("\t")
        gold = {XED_EMOTIONS[int(x)] for x in labels.replace(" ", "").split(",") if x.isdigit() and int(x) in XED_EMOTIONS}
        if text.strip() and gold:
            rows.append((text, gold))
    return rows


def macro_f1(rows: list[tuple[str, set[Emotion]]]) -> tuple[float, float]:
    counts: Counter[tuple[Emotion, str]] = Counter()
    answered = 0
    for text, gold in rows:
        guess = guess_emotion(text)
        answered += guess is not None
        for emotion in XED_EMOTIONS.values():
            if guess is emotion:
                counts[emotion, "tp" if emotion in gold else "fp"] += 1
            elif emotion in gold:
                counts[emotion, "fn"] += 1
    scores = []
    for emotion in XED_EMOTIONS.values():
        tp, fp, fn = counts[emotion, "tp"], counts[emotion, "fp"], counts[emotion, "fn"]
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores), answered / len(rows)


def emotion_report() -> None:
    for name in ("fr-projections.tsv", "en-annotated.tsv"):
        path = XED / name
        if not path.exists():
            print(f"\n{name}: absent, skipped")
            continue
        rows = read_xed(path)
        f1, coverage = macro_f1(rows)
        print(f"\n{name}: {len(rows)} lines, extractor emotion macro-F1 {f1:.3f} "
              f"(answers on {100 * coverage:.1f}% of lines, abstains on the rest)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), action="append",
                        help="default: every set there but the unspent blind one (holdout7)")
    parser.add_argument("--pipeline", default=",".join(sorted(names.PIPELINE_LANGUAGES)),
                        help="languages read by the French spaCy pipeline (default: %(default)s)")
    parser.add_argument("--emotions", action="store_true", help="also the extractor's emotion on XED")
    args = parser.parse_args()
    names.PIPELINE_LANGUAGES = frozenset(filter(None, args.pipeline.split(",")))
    started = time.perf_counter()
    names.warm_up()
    print(f"spaCy pipeline {names.PIPELINE} loaded in {time.perf_counter() - started:.1f} s;"
          f" read for: {', '.join(sorted(names.PIPELINE_LANGUAGES)) or 'nothing'}")
    ok = True
    for name in args.set or [n for n in SETS if n not in UNSPENT]:
        if not SETS[name].exists():
            print(f"\n=== {name}: {SETS[name].relative_to(ROOT)} absent, skipped ===")
            continue
        ok &= report(name, read_pairs(SETS[name]), details=name not in MEASURED_ONLY)
    if args.emotions:
        emotion_report()
    print("\ntargets met in every language" if ok else "\ntargets NOT met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

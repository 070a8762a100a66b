# Mechanical checks of heldout.gold.jsonl: valid JSON, codebook ids, evidence is a substring of its document,
# no duplicate (doc, actor, act, issue, stance), article shape. Usage: python3 check_gold.py [folder] [codebook.md]
import json, re, os, sys, collections
folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
spec = open(sys.argv[2] if len(sys.argv) > 2 else "/work/shared/spec/codebook.md", encoding="utf-8").read()
issues = set(re.findall(r"^\| `([a-z_]+)` \|", spec.split("## Issues")[1], re.M))
actor_sec = spec.split("## Actors")[1].split("## Issues")[0]
named_actors = set(re.findall(r"`([A-Z]+)`", actor_sec))
iso = set(l.strip() for l in open("/usr/share/zoneinfo/iso3166.tab") if l[:1] != "#" and l.strip()) if os.path.exists("/usr/share/zoneinfo/iso3166.tab") else None
iso_codes = {l.split("\t")[0] for l in iso} if iso else None
acts = {"demand", "propose", "accept", "reject"}
stances = {"for", "against"}
keys = ["doc", "actor", "act", "issue", "stance", "optional", "evidence"]
errors = []
seen = set()
rows = []
for n, line in enumerate(open(os.path.join(folder, "heldout.gold.jsonl"), encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errors.append(f"{n}: invalid JSON {e}"); continue
    rows.append(r)
    if list(r.keys()) != keys: errors.append(f"{n}: keys {list(r.keys())}")
    if r["act"] not in acts: errors.append(f"{n}: act {r['act']}")
    if r["stance"] not in stances: errors.append(f"{n}: stance {r['stance']}")
    if r["issue"] not in issues: errors.append(f"{n}: issue {r['issue']}")
    a = r["actor"]
    if a not in named_actors and not (re.fullmatch(r"[A-Z]{2}", a) and (iso_codes is None or a in iso_codes)):
        errors.append(f"{n}: actor {a}")
    if not isinstance(r["optional"], bool): errors.append(f"{n}: optional not bool")
    p = os.path.join(folder, r["doc"])
    if not os.path.exists(p): errors.append(f"{n}: no doc {r['doc']}")
    elif r["evidence"] not in open(p, encoding="utf-8").read(): errors.append(f"{n}: evidence not in {r['doc']}: {r['evidence'][:60]}")
    if not r["doc"].startswith("h"): errors.append(f"{n}: claim on a no-claim doc {r['doc']}")
    k = (r["doc"], a, r["act"], r["issue"], r["stance"])
    if k in seen: errors.append(f"{n}: duplicate {k}")
    seen.add(k)
# articles
txts = sorted(f for f in os.listdir(folder) if f.endswith(".txt"))
for f in txts:
    lines = open(os.path.join(folder, f), encoding="utf-8").read().split("\n")
    words = len(" ".join(lines).split())
    if not (150 <= words <= 400): errors.append(f"{f}: {words} words")
    if lines[1] != "" or "•" not in lines[2]: errors.append(f"{f}: header format")
hs = [f for f in txts if f.startswith("h")]; ns = [f for f in txts if f.startswith("n")]
docs_with = {r["doc"] for r in rows}
for f in hs:
    if f not in docs_with: errors.append(f"{f}: no claims")
print("errors:", len(errors)); print("\n".join(errors))
print(f"articles h={len(hs)} n={len(ns)}; claims={len(rows)} optional={sum(r['optional'] for r in rows)}")
for field in ("act", "stance", "issue", "actor"):
    cnt = collections.Counter(r[field] for r in rows)
    print(field, dict(cnt.most_common()))
missing = issues - {r["issue"] for r in rows}
print("issues missing:", missing, f"({len(issues)} issues in codebook)")
per = collections.Counter(r["doc"] for r in rows)
print("per doc:", sorted(per.values()))
nonopt = collections.Counter(r["doc"] for r in rows if not r["optional"])
print("non-optional per doc:", sorted(nonopt.values()))

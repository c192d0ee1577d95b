#!/usr/bin/env python3
"""Processor time per method of a `dotnet-trace collect --format speedscope` file (docs/performance.md).

    python3 bench/profil-speedscope.py FICHIER.speedscope.json [N] [FILTRE]

Prints the processor time, then the N methods (20 by default) with the most time of their own, then the N with the most
time including their callees, in milliseconds. Only the samples where the thread was on the processor (the CPU_TIME
frames of the .NET sample profiler) and whose stack holds a frame containing FILTRE are counted: by default
"Program.<Main>", the command's own thread (the finalizer thread of a short process shows as busy while it waits).
"""
import collections
import json
import sys

trace = json.load(open(sys.argv[1], encoding="utf-8"))
n = int(sys.argv[2]) if len(sys.argv) > 2 else 20
filtre = sys.argv[3] if len(sys.argv) > 3 else "Program.<Main>"
noms = [f["name"] for f in trace["shared"]["frames"]]
propre, inclus = collections.Counter(), collections.Counter()
for profil in trace["profiles"]:
    pile, precedent = [], None
    for e in profil["events"]:
        if pile and precedent is not None and noms[pile[-1]] == "CPU_TIME" and any(filtre in noms[f] for f in pile):
            duree = e["at"] - precedent
            if len(pile) > 1:
                propre[noms[pile[-2]]] += duree
            for f in set(pile):
                inclus[noms[f]] += duree
        precedent = e["at"]
        if e["type"] == "O":
            pile.append(e["frame"])
        else:
            pile.pop()
print(f"processeur : {inclus['CPU_TIME']:.0f} ms")
for titre, compteur in (("temps propre", propre), ("temps inclus", inclus)):
    print(titre)
    for nom, ms in compteur.most_common(n):
        print(f"{ms:8.1f}  {nom[:160]}")

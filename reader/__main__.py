"""`python -m reader`: the command-line interface."""

import os
import sys

# numpy's OpenBLAS (natasha's taggers, in `index`'s worker processes and in this one) keeps a
# thread per core spinning between its small matrix products: on 2 cores, with two workers,
# that burned more than twice the CPU time of the products themselves. One thread each; set
# before anything loads numpy (the workers inherit it), an explicit value wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from reader.cli import main
from reader.processes import end_forked_children_with_parent

end_forked_children_with_parent()
sys.exit(main())

"""Stands in for the Case Keeper window in tests: writes the arguments it was started with."""

import json
import sys
from pathlib import Path

Path(sys.argv[1]).write_text(json.dumps(sys.argv[2:]), encoding="utf-8")

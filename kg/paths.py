"""Where the project's data files live (schemas/, queries/) beside the package."""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SCHEMAS_DIR = PROJECT_ROOT / "schemas"
QUERIES_DIR = PROJECT_ROOT / "queries"

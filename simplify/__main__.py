import sys

from simplify.cli import main

sys.exit(main())

import sys

from dreamseed_desktop.cli import main

sys.exit(main())

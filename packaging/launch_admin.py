"""PyInstaller entry point of ``dreamseed-admin`` (the command-line tools)."""
import sys

if __name__ == "__main__":
    from dreamseed_desktop.cli import main

    sys.exit(main())

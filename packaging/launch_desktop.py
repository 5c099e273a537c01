"""PyInstaller entry point of ``dreamseed-desktop`` (the GUI)."""
import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from dreamseed_desktop.__main__ import main

    sys.exit(main())

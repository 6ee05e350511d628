from evidencevault.cli.main import main

raise SystemExit(main())

"""Reading and writing files: releases, vCard, CSV, XLSX, PDF. No database, no Qt."""

"""Printed documents (ReportLab): plain data in, PDF out. No Qt here."""

"""Views: table and tree subclasses that speak in entity ids."""

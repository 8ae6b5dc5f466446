"""The web app for policy staff: server-rendered pages over the same graph as the JSON API."""

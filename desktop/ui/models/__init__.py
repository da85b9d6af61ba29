"""Qt item models over the services: paged, re-queried to sort and filter, never holding SQL."""

"""Event-coding helpers shared by the actors, events and merge stages: lexicons, numbers, modality."""

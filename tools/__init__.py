"""Development tools: compile the Designer forms, render screenshots. Not shipped with rmdesk."""

"""The Evaluate step's parts: metrics, confusion matrix, mistakes, Grad-CAM, try it.

``pages/evaluate_page.py`` assembles them and runs every computation on the shell's
task manager; the widgets here only show results and report gestures.
"""

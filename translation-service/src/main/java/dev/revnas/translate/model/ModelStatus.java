package dev.revnas.translate.model;

/** Where a model stands: loading, serving, or failed to load (with why). */
public enum ModelStatus { LOADING, READY, FAILED }

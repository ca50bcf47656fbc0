package dev.revnas.api.job;

public enum JobKind { SEARCH, TRAINING }

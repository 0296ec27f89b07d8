package dev.ccp.dsl.jinja.lint;

/** A construct a rule rejects: the token it starts at and what is wrong. */
record Finding(Token at, String message) {
}

package nl.ketenlens.access;

/**
 * One audited action: an import, a user change, an admin read of a company's chain.
 *
 * @param at     ISO-8601 time
 * @param actor  account name ({@code cli} for the command line)
 * @param action e.g. {@code import}, {@code user.add}, {@code company.read}
 * @param detail what exactly (path, status, target account)
 */
public record AuditEvent(String at, String actor, String action, String detail) {
}

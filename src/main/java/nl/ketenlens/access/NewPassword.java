package nl.ketenlens.access;

/**
 * The result of creating an account or changing its password.
 *
 * @param account   the account
 * @param generated the generated password to show once, or {@code null} when the caller chose the password
 */
public record NewPassword(Account account, String generated) {
}

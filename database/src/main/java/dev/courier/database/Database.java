package dev.courier.database;

/** Where a service finds its database, and as whom it logs in. */
public record Database(String url, String user, String password) {

    @Override
    public String toString() {
        return "Database[url=" + url + ", user=" + user + "]"; // never the password
    }
}

package dev.baton.home;

/**
 * What a person is looking at in their App Home: the order of My accounts and the page of each paged section.
 * Carried in the published view's {@code private_metadata}, so a button pressed on any instance knows it.
 */
record HomeState(Sort sort, int todayPage, int accountsPage) {
    enum Sort { HEALTH, RENEWAL }

    static final HomeState FIRST = new HomeState(Sort.HEALTH, 0, 0);

    HomeState {
        todayPage = Math.max(0, todayPage);
        accountsPage = Math.max(0, accountsPage);
    }

    /** {@code sort=health;today=0;accounts=2}, as written by {@link #encode}; anything unreadable is the first page. */
    static HomeState decode(String metadata) {
        if (metadata == null || metadata.isBlank()) {
            return FIRST;
        }
        Sort sort = Sort.HEALTH;
        int today = 0;
        int accounts = 0;
        try {
            for (String part : metadata.split(";")) {
                String[] pair = part.split("=", 2);
                switch (pair[0]) {
                    case "sort" -> sort = "renewal".equals(pair[1]) ? Sort.RENEWAL : Sort.HEALTH;
                    case "today" -> today = Integer.parseInt(pair[1]);
                    case "accounts" -> accounts = Integer.parseInt(pair[1]);
                    default -> { }
                }
            }
        } catch (RuntimeException e) {
            return FIRST;
        }
        return new HomeState(sort, today, accounts);
    }

    String encode() {
        return "sort=" + sort.name().toLowerCase() + ";today=" + todayPage + ";accounts=" + accountsPage;
    }

    HomeState sortedBy(Sort newSort) {
        return new HomeState(newSort, todayPage, 0);
    }

    /** {@code section} is {@code today} or {@code accounts}. */
    HomeState onPage(String section, int page) {
        return "today".equals(section) ? new HomeState(sort, page, accountsPage) : new HomeState(sort, todayPage, page);
    }
}

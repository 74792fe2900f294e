package org.allianceledger.events;

/** Votes counted on one application; {@code eligible} is the electorate fixed when it was filed. */
public record Tally(int inFavour, int against, int abstain, int eligible) {

    public static Tally empty(int eligible) {
        return new Tally(0, 0, 0, eligible);
    }

    public Tally plus(VoteDecision decision) {
        return switch (decision) {
            case FOR -> new Tally(inFavour + 1, against, abstain, eligible);
            case AGAINST -> new Tally(inFavour, against + 1, abstain, eligible);
            case ABSTAIN -> new Tally(inFavour, against, abstain + 1, eligible);
        };
    }

    public int cast() {
        return inFavour + against + abstain;
    }
}

# ruff: noqa: E501
"""English page furniture and a few hard-case articles, written for this project."""

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DATES = ["{month} {d}, {y}", "{d} {month} {y}", "{y}-{mm}-{dd}", "{mm}/{dd}/{y}", "{month} {d}, {y} at {H}:{M}", "{y}-{mm}-{dd} {H}:{M}", "Updated {month} {d}, {y} {H}:{M} GMT"]
MENU = ["Home", "News", "World", "Politics", "Business", "Tech", "Science", "Health", "Sport", "Sports", "Entertainment", "Culture", "Travel", "Opinion", "Lifestyle", "Food", "Video", "Podcasts", "Weather", "Local", "Markets", "Money", "Books", "Music", "Games", "Reviews", "Deals", "Newsletters", "Subscribe", "Sign in", "About us", "Contact", "Careers", "Advertise", "Archive", "Events", "Jobs", "Shop"]
HOME = ["Home", "Homepage", "Start", "Main page"]
SOURCES = ["The Daily Herald", "Metro Times", "Reuters", "Associated Press", "TechWire", "The Courier", "Northern Post", "Science Today", "Market Watchers", "City Gazette", "Health Journal", "The Chronicle", "Global Sports Network", "Evening Standard Online"]
AUTHORS = ["Jane Doe", "John Smith", "Emily Carter", "Michael Brown", "Sarah Johnson", "David Lee", "Laura Wilson", "James Taylor", "Anna Martinez", "Robert Clark", "Priya Patel", "Tom Nguyen", "Chris O'Neill", "Hannah Schmidt"]
BYLINES = ["By {author}", "By {author}, {date}", "By {author} | {source} | {date}", "{author} | {date}", "Published {date}", "Posted on {date} by {author}", "{date} | {k} min read", "Written by {author} · {k} min read", "By {author} and {author2}", "{source} · {date}", "Last updated: {date}", "{author}, Staff Writer", "Photo: {source}", "{date} / {author} / {n} Comments"]
TAG_LABELS = ["Tags:", "Topics:", "Filed under:", "Keywords:", "Categories:", "Tagged"]
EDITOR = ["Editing by {author}", "Reporting by {author}; editing by {author2}", "Edited by {author}", "Additional reporting by {author}", "Contact the author: {author}"]
NAV_PHRASES = [
    "Read more", "Continue reading", "Read the full story", "Share", "Share this article", "Share on Facebook", "Share on Twitter", "Facebook Twitter LinkedIn Email", "Print", "Email", "Back to top", "Skip to content", "Skip to main content",
    "Menu", "Search", "Sign in", "Log in", "Register", "Subscribe", "Subscribe now", "Sign up for our newsletter", "Get the app", "Follow us", "Advertisement", "Sponsored", "Sponsored content", "Sponsor", "Supported by",
    "Previous", "Next", "« Previous | Next »", "Older posts", "Newer posts", "Page 1 of 5", "1 2 3 … 10 Next", "Load more", "Show more", "See all", "View all", "Trending now", "Most read", "Most popular", "Editor's picks",
    "Related articles", "Related", "You may also like", "Recommended for you", "More from {source}", "Comments", "{n} comments", "{n} Comments", "Leave a comment", "Leave a Reply", "Cancel reply", "Post comment",
    "{n} views", "{n} shares", "Views: {n}", "{n}", "Welcome to {source}!", "Welcome back", "Scan the QR code to download our app", "Download on the App Store", "Get it on Google Play", "?", "»", "Top", "Loading...", "Close", "Watch:", "Listen to this article", "Photo gallery", "Image", "Click here", "Contact us", "About", "Sitemap", "RSS",
]
NAV_TEMPLATES = ["Previous article: {title}", "Next article: {title}", "« {title}", "{title} »", "Read also: {title}", "READ MORE: {title}", "Related: {title}", "See also: {title}", "Next post: {title}"]
RELATED_HEADERS = ["Related articles", "Related stories", "More stories", "You might also like", "Recommended", "Read next", "Popular posts", "Latest news", "Most viewed", "In other news", "More from this section"]
FORUM = ["Reply | Quote | Report", "Reply Quote", "Quote | Reply | Report post", "Posted by {author} on {date}", "{author} wrote:", "Joined: {date}", "Posts: {n}", "Re: {title}", "Last edited by {author}; {date}", "Like · Reply · {k}h", "#{n}", "Back to top", "Post Reply", "Thread starter {author}", "Member since {y}", "Location: London", "Report abuse", "Thanks!"]
COMMENT_CHROME = ["Comments", "{n} comments", "Join the conversation", "Your email address will not be published. Required fields are marked *", "Name *", "Email *", "Website", "Save my name, email, and website in this browser for the next time I comment.", "Sort by: Newest", "Log in to comment", "Be the first to comment"]
COPYRIGHT = ["© {year} {source}. All rights reserved.", "Copyright © {year} {source}", "Copyright {year} {source}. All Rights Reserved.", "© {source} {year}", "All content © {year} {source} unless otherwise noted.", "This material may not be published, broadcast, rewritten or redistributed."]
REPRINT = ["Reprinted with permission from {source}.", "This article was originally published on {source}. Read the original article.", "Republishing requires written permission from {source}.", "This story was first published by {source} and is republished here under a Creative Commons license."]
DISCLAIMERS = [
    "Disclaimer: The views and opinions expressed in this article are those of the author and do not necessarily reflect the official policy or position of {source}.",
    "The information provided on this website is for general informational purposes only and does not constitute legal, financial or medical advice.",
    "This article is not investment advice. Trading cryptocurrencies and stocks involves significant risk of loss; past performance is no guarantee of future results.",
    "We may earn a commission when you buy through links on our site. This does not affect our editorial independence.",
    "Opinions expressed are the author's own.",
    "Disclaimer",
    "Gambling can be addictive. Please play responsibly. 18+ only.",
    "This content is provided for informational purposes only. Always seek the advice of your physician with any questions you may have regarding a medical condition.",
    "{source} is not responsible for the content of external sites.",
]
COOKIE = ["We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies.", "This website uses cookies to ensure you get the best experience.", "Accept all cookies", "Manage cookie preferences", "Reject all", "Cookie settings", "We value your privacy"]
PRIVACY = ["Privacy Policy | Terms of Use | Cookie Policy", "Privacy Policy", "Terms of Service", "Terms & Conditions | Privacy | Accessibility", "Do Not Sell or Share My Personal Information", "By using this site, you agree to our Terms of Use and Privacy Policy.", "Your use of this website constitutes acceptance of our User Agreement and Privacy Policy."]
SPAM_PROSE = [
    "Best online casino {y}: get {n} free spins at {url}", "Play slots and win real money today! Sign up at {url} and claim your welcome bonus", "Buy cheap viagra and cialis online without prescription - {url}",
    "Fast payday loans, no credit check, instant approval: {url}", "Earn $5000 a week from home with this crypto trading bot {url}", "Hot singles in your area are waiting for you {url}",
    "Escort service 24/7, discreet and professional, call {phone}", "Cheap replica watches and designer bags {url}", "Click here to double your bitcoin in 24 hours: {url}",
    "Online sports betting with the best odds - bet now at {url}", "CBD gummies for pain relief, order now and save 70% {url}", "Free xxx videos HD {url}",
    "Need a loan? Get up to $50,000 approved in minutes at {url}", "casino online, poker, roulette, blackjack, slots, jackpot {url}",
]
SPAM_WORDS = ["casino", "free spins", "viagra", "cialis", "payday loan", "bitcoin doubler", "escort", "xxx", "porn", "slots", "poker online", "betting tips", "cheap pills", "weight loss pills", "replica watches"]

TOPICS = [
    ("New rules for online gambling ads take effect", [
        "Strict new rules on how online casinos and betting firms may advertise came into force on Monday.",
        "Operators can no longer offer free spins or bonus bets to customers who have not verified their age.",
        "The regulator said problem gambling had risen sharply among young men during the past three years.",
        "\"These measures are overdue,\" said a spokesperson for a charity that supports people with gambling addiction.",
        "Industry groups warned that the restrictions could push players toward unlicensed offshore sites.",
        "Firms that break the rules face fines of up to 10% of their annual turnover.",
    ]),
    ("What the EU's cookie rules actually require", [
        "Almost every website now greets visitors with a banner asking them to accept cookies.",
        "Under EU law, sites need prior consent before storing non-essential cookies on a user's device.",
        "Regulators have fined several large companies for making it harder to reject cookies than to accept them.",
        "Privacy advocates say many banners still use dark patterns, such as pre-ticked boxes.",
        "A new proposal would let browsers send a single signal that applies to all websites.",
    ]),
    ("Review: the budget phone that punches above its weight", [
        "At under $300, this phone offers a bright 6.5-inch display and a battery that easily lasts two days.",
        "The main camera produces sharp photos in daylight, though it struggles in low light.",
        "Performance is smooth for everyday apps, but demanding games show occasional stutter.",
        "Verdict: a sensible choice for anyone who wants reliability without paying flagship prices.",
    ]),
    ("How to make a simple sourdough loaf", [
        "Mix 500 g of flour with 350 g of water and leave it to rest for an hour.",
        "Add 100 g of active starter and 10 g of salt, then knead until the dough is smooth.",
        "Fold the dough every 30 minutes for two hours, then shape it and let it prove overnight in the fridge.",
        "Bake at 240C in a covered pot for 20 minutes, then uncover and bake for another 25 minutes.",
    ]),
]
SUBHEADS = ["Background", "What happens next", "Why it matters", "Verdict", "Ingredients", "Method", "Pros", "Cons", "Specifications", "Key findings", "The bottom line", "Analysis", "Reaction", "Q&A", "Timeline", "Design", "Performance", "Battery life"]
LIST_ITEMS = ["Display: 6.5-inch OLED", "Battery: 5,000 mAh", "Weight: 190 g", "Price: $299", "Storage: 128GB", "500 g strong white flour", "350 g water", "10 g salt", "- Pros: long battery life", "- Cons: average low-light camera", "• Check the terms", "1. Verify your age", "2. Set a deposit limit", "Rating: 4/5"]

TOPICS += [
    ("Court rules on copyright and AI training data", [
        "A federal judge has ruled that training an AI model on copyrighted books can be fair use in some circumstances.",
        "The authors who brought the case argued that their work had been copied without permission or payment.",
        "The ruling does not cover pirated copies, which the court said raise separate questions.",
        "Both sides are expected to appeal.",
    ]),
    ("Age checks for porn sites come into force", [
        "Websites that host pornography must now verify that their visitors are adults.",
        "Regulators say simply ticking a box to confirm your age is no longer enough.",
        "Privacy campaigners warn that storing identity documents creates new risks.",
        "Sites that fail to comply can be fined or blocked by internet providers.",
    ]),
]

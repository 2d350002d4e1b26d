-- Users are shared by every company: the API's role may read the ones its company deals with
-- (row-level security) but never change or delete them. Deleting a user would cascade into other
-- companies' profiles, and changing an email would break the person's sign-in elsewhere. New
-- users come only from app_ensure_user(), which runs as the owner.
REVOKE INSERT, UPDATE, DELETE ON "User" FROM estate_app;

-- Plot allocation, assignment history with unassignments, and message threads.
-- No API wrote messages before this migration, so the new NOT NULL columns need no default.
-- AlterTable
ALTER TABLE "ClientMarketerAssignment" ALTER COLUMN "marketerId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "fromStaff" BOOLEAN NOT NULL,
ADD COLUMN     "ownerClientId" UUID,
ADD COLUMN     "ownerMarketerId" UUID,
ADD COLUMN     "readAt" TIMESTAMPTZ(3),
ADD COLUMN     "replyToId" UUID,
ADD COLUMN     "threadId" UUID NOT NULL;

-- AlterTable
ALTER TABLE "PlotNumber" ADD COLUMN     "clientId" UUID,
ADD COLUMN     "heldAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Message_companyId_threadId_createdAt_idx" ON "Message"("companyId", "threadId", "createdAt");

-- CreateIndex
CREATE INDEX "Message_companyId_ownerClientId_idx" ON "Message"("companyId", "ownerClientId");

-- CreateIndex
CREATE INDEX "Message_companyId_ownerMarketerId_idx" ON "Message"("companyId", "ownerMarketerId");

-- CreateIndex
CREATE INDEX "PlotNumber_companyId_clientId_idx" ON "PlotNumber"("companyId", "clientId");

-- CreateIndex
CREATE INDEX "PlotNumber_companyId_estateId_status_idx" ON "PlotNumber"("companyId", "estateId", "status");

-- AddForeignKey
ALTER TABLE "PlotNumber" ADD CONSTRAINT "PlotNumber_companyId_clientId_fkey" FOREIGN KEY ("companyId", "clientId") REFERENCES "Client"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_companyId_threadId_fkey" FOREIGN KEY ("companyId", "threadId") REFERENCES "Message"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_companyId_replyToId_fkey" FOREIGN KEY ("companyId", "replyToId") REFERENCES "Message"("companyId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_companyId_ownerClientId_fkey" FOREIGN KEY ("companyId", "ownerClientId") REFERENCES "Client"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_companyId_ownerMarketerId_fkey" FOREIGN KEY ("companyId", "ownerMarketerId") REFERENCES "Marketer"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
